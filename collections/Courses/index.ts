import type { CollectionConfig, Field } from 'payload'

import { refreshPublicMediaAfterChange, refreshPublicMediaAfterDelete } from '../../cms/media/publicReferences'
import { languageOptions } from '../Campaigns/options'
import { slugField } from '../fields/slug'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../hooks/rebuildSite'
import { contentAreas } from '../Indicators'
import { licenceOptions } from '../Media/options'
import { previewUrl } from '../previewUrl'
import { checkCourseForPublishing, fillLessonSlugs, keepCourseWithCompletions } from './hooks'
import { courseAudienceOptions } from './options'

const question: Field = {
  name: 'questions',
  type: 'array',
  label: { vi: 'Câu hỏi tự kiểm tra', en: 'Self-check questions' },
  labels: { singular: { vi: 'Câu hỏi', en: 'Question' }, plural: { vi: 'Câu hỏi', en: 'Questions' } },
  admin: {
    initCollapsed: true,
    description: { vi: 'Không bắt buộc. Người học chọn một đáp án mỗi câu; trang chấm cho biết câu nào chưa đúng và vì sao.', en: 'Optional. One answer per question; the marking page says which answers were wrong and why.' },
  },
  fields: [
    { name: 'question', type: 'text', required: true, label: { vi: 'Câu hỏi', en: 'Question' } },
    {
      name: 'options',
      type: 'array',
      label: { vi: 'Các phương án', en: 'Options' },
      labels: { singular: { vi: 'Phương án', en: 'Option' }, plural: { vi: 'Phương án', en: 'Options' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'text', type: 'text', required: true, label: { vi: 'Phương án', en: 'Option' } },
            { name: 'correct', type: 'checkbox', defaultValue: false, label: { vi: 'Đáp án đúng', en: 'Correct answer' } },
          ],
        },
      ],
    },
    { name: 'explanation', type: 'textarea', label: { vi: 'Giải thích đáp án', en: 'Why this is the answer' } },
  ],
}

const lesson: Field = {
  name: 'lessons',
  type: 'array',
  label: { vi: 'Các bài học (theo thứ tự)', en: 'Lessons (in order)' },
  labels: { singular: { vi: 'Bài học', en: 'Lesson' }, plural: { vi: 'Bài học', en: 'Lessons' } },
  admin: { description: { vi: 'Kéo để sắp xếp thứ tự bài học.', en: 'Drag to reorder.' } },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', required: true, label: { vi: 'Tên bài', en: 'Title' } },
        {
          name: 'slug',
          type: 'text',
          label: { vi: 'Đường dẫn của bài', en: 'Lesson slug' },
          admin: { description: { vi: 'Để trống để tự tạo từ tên bài.', en: 'Leave empty to derive it from the title.' } },
        },
      ],
    },
    { name: 'body', type: 'richText', required: true, label: { vi: 'Nội dung bài học', en: 'Lesson text' } },
    {
      type: 'row',
      fields: [
        {
          name: 'recording',
          type: 'upload',
          relationTo: 'media',
          filterOptions: { or: [{ mimeType: { contains: 'video' } }, { mimeType: { contains: 'audio' } }] },
          label: { vi: 'Video hoặc bản ghi âm', en: 'Video or audio' },
          admin: { description: { vi: 'Từ thư viện tư liệu; phải có lời thoại (transcript).', en: 'From the media library; it must have a transcript.' } },
        },
        {
          name: 'poster',
          type: 'upload',
          relationTo: 'media',
          filterOptions: { mimeType: { contains: 'image' } },
          label: { vi: 'Ảnh đại diện của video', en: 'Video poster' },
          admin: { description: { vi: 'Để trống để dùng ảnh đại diện của video trong thư viện.', en: 'Empty: the video’s own poster.' } },
        },
      ],
    },
    {
      name: 'documents',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      filterOptions: { mimeType: { not_like: 'image' } },
      label: { vi: 'Tài liệu tải về (sổ tay, tài liệu tập huấn)', en: 'Downloads (handbooks, training material)' },
    },
    question,
  ],
}

/**
 * An online course made of ordered lessons (item 4.3 of the plan: the training materials "dưới
 * hình thức các khóa học trực tuyến"). Drafts, versions, preview and publish as campaigns; the
 * lessons live in the course, so a course is published, versioned and previewed whole.
 */
export const Courses: CollectionConfig = {
  slug: 'courses',
  labels: { singular: { vi: 'Khoá học trực tuyến', en: 'Online course' }, plural: { vi: 'Khoá học trực tuyến', en: 'Online courses' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'contentArea', '_status', 'updatedAt'],
    preview: previewUrl('courses'),
    group: { vi: 'Khoá học', en: 'Courses' },
  },
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeValidate: [fillLessonSlugs],
    beforeChange: [checkCourseForPublishing, setPublishedAt],
    afterChange: [refreshPublicMediaAfterChange, rebuildSiteAfterChange],
    beforeDelete: [keepCourseWithCompletions],
    afterDelete: [refreshPublicMediaAfterDelete, rebuildSiteAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên khoá học', en: 'Title' } },
    { name: 'summary', type: 'textarea', label: { vi: 'Giới thiệu ngắn', en: 'Summary' } },
    {
      type: 'tabs',
      tabs: [
        { label: { vi: 'Bài học', en: 'Lessons' }, fields: [lesson] },
        {
          label: { vi: 'Thông tin', en: 'About' },
          fields: [
            { name: 'audience', type: 'select', hasMany: true, options: courseAudienceOptions, label: { vi: 'Dành cho', en: 'Audience' } },
            {
              type: 'row',
              fields: [
                { name: 'contentArea', type: 'select', options: contentAreas, label: { vi: 'Nội dung của Dự án 8', en: 'Project 8 content area' } },
                { name: 'language', type: 'select', defaultValue: 'vi', options: languageOptions, label: { vi: 'Ngôn ngữ', en: 'Language' } },
                { name: 'licence', type: 'select', defaultValue: 'cc-by', options: licenceOptions, label: { vi: 'Quyền sử dụng', en: 'Licence' } },
              ],
            },
            {
              name: 'indicator',
              type: 'relationship',
              relationTo: 'indicators',
              label: { vi: 'Tính vào chỉ tiêu', en: 'Counts toward indicator' },
              admin: { description: { vi: 'Số người hoàn thành theo xã là minh chứng cho chỉ tiêu này (bảng thống kê hoàn thành).', en: 'Completions per commune are evidence for this indicator (the completion counts export).' } },
            },
            { name: 'cover', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } }, label: { vi: 'Ảnh bìa', en: 'Cover image' } },
          ],
        },
      ],
    },
    slugField('title'),
    { name: 'publishedAt', type: 'date', label: { vi: 'Đăng lúc', en: 'Published at' }, admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
