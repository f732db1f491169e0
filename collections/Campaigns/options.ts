type Option = { value: string; label: { vi: string; en: string } }

export const channelOptions: Option[] = [
  { value: 'loudspeaker', label: { vi: 'Loa truyền thanh thôn, bản', en: 'Village loudspeakers' } },
  { value: 'zalo', label: { vi: 'Zalo', en: 'Zalo' } },
  { value: 'facebook', label: { vi: 'Facebook', en: 'Facebook' } },
  { value: 'television', label: { vi: 'Truyền hình', en: 'Television' } },
  { value: 'radio', label: { vi: 'Đài phát thanh', en: 'Radio' } },
  { value: 'performance', label: { vi: 'Sân khấu hóa, tiểu phẩm', en: 'Staged performances' } },
  { value: 'leaflet', label: { vi: 'Tờ rơi, áp phích', en: 'Leaflets and posters' } },
  { value: 'meeting', label: { vi: 'Họp thôn, sinh hoạt chi hội', en: 'Village meetings' } },
  { value: 'portal', label: { vi: 'Trang tin điện tử', en: 'Web portal' } },
]

export const audienceOptions: Option[] = [
  { value: 'women', label: { vi: 'Phụ nữ', en: 'Women' } },
  { value: 'men', label: { vi: 'Nam giới', en: 'Men' } },
  { value: 'girls', label: { vi: 'Trẻ em gái', en: 'Girls' } },
  { value: 'students', label: { vi: 'Học sinh', en: 'Students' } },
  { value: 'parents', label: { vi: 'Cha mẹ, người chăm sóc trẻ', en: 'Parents and carers' } },
  { value: 'leaders', label: { vi: 'Già làng, trưởng bản, người có uy tín', en: 'Village elders and influential people' } },
  { value: 'officials', label: { vi: 'Cán bộ các cấp', en: 'Officials' } },
  { value: 'community', label: { vi: 'Toàn thể cộng đồng', en: 'Whole community' } },
]

export const languageOptions: Option[] = [
  { value: 'vi', label: { vi: 'Tiếng Việt', en: 'Vietnamese' } },
  { value: 'muong', label: { vi: 'Tiếng Mường', en: 'Mường' } },
  { value: 'thai', label: { vi: 'Tiếng Thái', en: 'Thái' } },
  { value: 'tho', label: { vi: 'Tiếng Thổ', en: 'Thổ' } },
  { value: 'dao', label: { vi: 'Tiếng Dao', en: 'Dao' } },
  { value: 'mong', label: { vi: 'Tiếng Mông', en: 'Hmong' } },
]
