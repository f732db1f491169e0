export const contestPhases = [
  { value: 'upcoming', label: { vi: 'Sắp mở', en: 'Upcoming' } },
  { value: 'open', label: { vi: 'Đang nhận bài', en: 'Open for entries' } },
  { value: 'screening', label: { vi: 'Sơ khảo', en: 'Screening' } },
  { value: 'judging', label: { vi: 'Chấm thi', en: 'Judging' } },
  { value: 'results', label: { vi: 'Đã công bố kết quả', en: 'Results published' } },
] as const
