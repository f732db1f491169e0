import type { CollectionConfig } from 'payload'

import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from './hooks/rebuildSite'
import { frequencies } from './ReportingPeriods/schedule'

export const contentAreas = [
  { value: 'nd1', label: { vi: 'Nội dung 1: Tuyên truyền, vận động thay đổi “nếp nghĩ, cách làm”', en: 'Area 1: Communication for changing mindsets' } },
  { value: 'nd2', label: { vi: 'Nội dung 2: Mô hình nâng cao quyền năng kinh tế, giải quyết vấn đề cấp thiết', en: 'Area 2: Economic empowerment and urgent issues' } },
  { value: 'nd3', label: { vi: 'Nội dung 3: Tiếng nói, sự tham gia và lãnh đạo của phụ nữ, trẻ em', en: 'Area 3: Voice, participation and leadership' } },
  { value: 'nd4', label: { vi: 'Nội dung 4: Năng lực bình đẳng giới, lồng ghép giới', en: 'Area 4: Gender equality and mainstreaming capacity' } },
]

export const Indicators: CollectionConfig = {
  slug: 'indicators',
  labels: {
    singular: { vi: 'Chỉ số', en: 'Indicator' },
    plural: { vi: 'Danh mục chỉ số', en: 'Indicator catalogue' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'unit', 'contentArea', 'aggregation', 'sensitive'],
    group: { vi: 'Danh mục', en: 'Catalogues' },
  },
  // Plans show their targets' indicators by name and unit.
  hooks: { afterChange: [rebuildSiteAfterChange], afterDelete: [rebuildSiteAfterDelete] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', required: true, unique: true, index: true, label: { vi: 'Mã chỉ số', en: 'Code' } },
        { name: 'unit', type: 'text', required: true, label: { vi: 'Đơn vị tính', en: 'Unit' } },
      ],
    },
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên chỉ số', en: 'Name' } },
    {
      name: 'contentArea',
      type: 'select',
      required: true,
      label: { vi: 'Nội dung của Dự án', en: 'Content area' },
      options: contentAreas,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'output',
          label: { vi: 'Loại chỉ số', en: 'Type' },
          options: [
            { value: 'output', label: { vi: 'Chỉ số đầu ra', en: 'Output' } },
            { value: 'result', label: { vi: 'Chỉ số kết quả', en: 'Result' } },
          ],
        },
        {
          name: 'aggregation',
          type: 'select',
          required: true,
          defaultValue: 'sum',
          label: { vi: 'Cách tổng hợp', en: 'Aggregation' },
          options: [
            { value: 'sum', label: { vi: 'Cộng dồn số lượng', en: 'Sum of counts' } },
            { value: 'ratio', label: { vi: 'Tỷ lệ % (tử số/mẫu số)', en: 'Percentage (numerator/denominator)' } },
            { value: 'latest', label: { vi: 'Giá trị mới nhất', en: 'Latest value' } },
          ],
        },
      ],
    },
    {
      name: 'frequency',
      type: 'select',
      defaultValue: 'half-year',
      label: { vi: 'Tần suất báo cáo', en: 'Reporting frequency' },
      options: [...frequencies],
      admin: {
        description: {
          vi: 'Mặc định cho các kế hoạch; một kế hoạch có thể đặt tần suất riêng cho chỉ tiêu của mình (ví dụ chỉ số kết quả báo cáo giữa kỳ và cuối kỳ).',
          en: 'The default for plans; a plan may set its own frequency for its target (for example result indicators at mid-term and end of term).',
        },
      },
    },
    {
      name: 'disaggregations',
      type: 'select',
      hasMany: true,
      label: { vi: 'Phân tổ', en: 'Disaggregations' },
      options: [
        { value: 'sex', label: { vi: 'Giới tính', en: 'Sex' } },
        { value: 'ethnicMinority', label: { vi: 'Dân tộc thiểu số', en: 'Ethnic minority' } },
      ],
    },
    {
      name: 'sensitive',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Chỉ số nhạy cảm (ẩn số nhỏ khi công bố)', en: 'Sensitive (small numbers suppressed in public)' },
      admin: {
        description: {
          vi: 'Đánh dấu với chỉ số đếm nạn nhân bạo lực, mua bán người: số từ 1 đến 4 hiển thị “<5”.',
          en: 'For counts of victims of violence or trafficking: public values from 1 to 4 show as “<5”.',
        },
      },
    },
    { name: 'description', type: 'textarea', label: { vi: 'Giải thích, cách tính', en: 'Definition' } },
  ],
}
