import type { CollectionConfig } from 'payload'

import { completionCountsEndpoint } from '../../cms/courses/completionCountsEndpoint'

/**
 * A learner who finished a course, as they declared it on the portal: name, commune and an
 * optional phone number, with the code of their certificate. Private (cms/access/policy.ts):
 * read by the union of the learner's commune and the district, counted per commune and course
 * for training targets; nobody creates one through the API, only the portal's form.
 */
export const CourseCompletions: CollectionConfig = {
  slug: 'course-completions',
  labels: { singular: { vi: 'Người hoàn thành khoá học', en: 'Course completion' }, plural: { vi: 'Người hoàn thành khoá học', en: 'Course completions' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'course', 'commune', 'completedAt'],
    group: { vi: 'Khoá học', en: 'Courses' },
    description: {
      vi: 'Người học tự khai khi học xong trên cổng thông tin. Bảng thống kê theo xã: /api/course-completions/counts?format=csv',
      en: 'Declared by learners on the portal. Counts per commune: /api/course-completions/counts?format=csv',
    },
  },
  indexes: [{ fields: ['course', 'commune'] }],
  endpoints: [completionCountsEndpoint],
  fields: [
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, label: { vi: 'Khoá học', en: 'Course' } },
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Name' } },
    {
      type: 'row',
      fields: [
        { name: 'commune', type: 'relationship', relationTo: 'org-units', required: true, filterOptions: { level: { equals: 'commune' } }, label: { vi: 'Xã', en: 'Commune' } },
        { name: 'phone', type: 'text', label: { vi: 'Số điện thoại', en: 'Phone' } },
      ],
    },
    { name: 'completedAt', type: 'date', required: true, label: { vi: 'Hoàn thành lúc', en: 'Completed at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'certificateCode', type: 'text', required: true, unique: true, index: true, label: { vi: 'Mã giấy chứng nhận', en: 'Certificate code' }, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
