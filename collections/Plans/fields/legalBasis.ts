import type { Field } from 'payload'

export const legalBasisField: Field = {
  name: 'legalBasis',
  type: 'array',
  label: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
  labels: { singular: { vi: 'Văn bản căn cứ', en: 'Cited document' }, plural: { vi: 'Văn bản căn cứ', en: 'Cited documents' } },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'text', label: { vi: 'Số hiệu (nếu có)', en: 'Number (if any)' } },
        { name: 'date', type: 'date', label: { vi: 'Ngày ban hành', en: 'Date' } },
        { name: 'issuer', type: 'text', label: { vi: 'Cơ quan ban hành', en: 'Issuer' } },
      ],
    },
    { name: 'title', type: 'textarea', label: { vi: 'Trích yếu', en: 'Title' } },
  ],
}
