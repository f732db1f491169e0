type Option = { value: string; label: { vi: string; en: string } }

/** How a file, a course or a document may be reused; the library and the courses show the same words. */
export const licenceOptions: Option[] = [
  { value: 'project', label: { vi: 'Dùng cho hoạt động của Dự án 8', en: 'For Project 8 activities' } },
  { value: 'cc-by', label: { vi: 'Được dùng lại, ghi nguồn (CC BY 4.0)', en: 'Reusable with credit (CC BY 4.0)' } },
  { value: 'all-rights', label: { vi: 'Bản quyền thuộc tác giả', en: 'All rights reserved by the author' } },
]
