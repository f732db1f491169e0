/**
 * Project-specific admin and validation messages. Payload's own messages come from
 * @payloadcms/translations; these sit beside them under the `duan8` namespace.
 */
export const messages = {
  vi: {
    duan8: {
      altRequired: 'Ảnh phải có văn bản thay thế (alt) mô tả nội dung ảnh cho người dùng trình đọc màn hình.',
      orgUnitRequiredForRole: 'Vai trò này phải gắn với một đơn vị hành chính.',
      validToBeforeValidFrom: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.',
      parentLevelMismatch: 'Đơn vị cấp trên phải thuộc cấp cao hơn (tỉnh → huyện → xã → thôn).',
      parentIsSelf: 'Một đơn vị không thể là cấp trên của chính nó.',
      provinceHasNoParent: 'Cấp tỉnh không có đơn vị cấp trên.',
      parentRequired: 'Đơn vị cấp huyện, xã, thôn phải có đơn vị cấp trên (hoặc đơn vị kế thừa sau sắp xếp).',
      periodEndBeforeStart: 'Năm kết thúc phải bằng hoặc sau năm bắt đầu.',
      invalidDayMonth: 'Ngày/tháng không hợp lệ.',
      slugInvalid: 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.',
      percentOver100: 'Chỉ tiêu tính theo % không được vượt quá 100.',
      documentNumberInvalid: 'Số hiệu văn bản phải có dạng như "82/KH-BTV".',
      fileMissing: 'Chưa chọn tệp để tải lên.',
      fileTooLarge: 'Tệp “{{name}}” dung lượng {{size}}, vượt quá giới hạn {{limit}}.',
      fileTypeNotAllowed: 'Tệp “{{name}}” có nội dung {{detected}}, không thuộc các loại được phép (ảnh JPEG/PNG/WebP/AVIF/GIF, video MP4/WebM, âm thanh MP3/M4A/OGG/WAV, PDF, Word, Excel, PowerPoint).',
      fileNotImage: 'Tệp “{{name}}” mang đuôi hoặc kiểu của ảnh nhưng nội dung không phải là ảnh ({{detected}}).',
      fileExtensionMismatch: 'Tệp “{{name}}” có đuôi không khớp với nội dung ({{detected}}). Hãy đổi tên cho đúng loại tệp.',
      imageTooManyPixels: 'Ảnh “{{name}}” quá lớn ({{width}}×{{height}} điểm ảnh); tối đa {{limit}} triệu điểm ảnh.',
      imageUnreadable: 'Không đọc được ảnh “{{name}}”: tệp bị hỏng hoặc không đúng định dạng.',
      unknownContent: 'không xác định được',
      wholeNumberRequired: 'Giá trị phải là số nguyên (không có phần thập phân).',
      endBeforeStart: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.',
      linkUrlInvalid: 'Địa chỉ liên kết phải bắt đầu bằng http://, https:// hoặc /.',
      phoneInvalid: 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, dấu gạch ngang và dấu +.',
    },
  },
  en: {
    duan8: {
      altRequired: 'Images need alternative text (alt) describing them for screen-reader users.',
      orgUnitRequiredForRole: 'This role must be tied to an organisational unit.',
      validToBeforeValidFrom: 'The end of validity must be after its start.',
      parentLevelMismatch: 'The parent unit must be one level higher (province → district → commune → village).',
      parentIsSelf: 'A unit cannot be its own parent.',
      provinceHasNoParent: 'A province has no parent unit.',
      parentRequired: 'District, commune and village units need a parent (or a successor after the reform).',
      periodEndBeforeStart: 'The end year must be the same as or after the start year.',
      invalidDayMonth: 'Invalid day/month.',
      slugInvalid: 'The slug may only contain lowercase letters without diacritics, digits and hyphens.',
      percentOver100: 'A percentage target cannot exceed 100.',
      documentNumberInvalid: 'A document number looks like "82/KH-BTV".',
      fileMissing: 'No file was chosen to upload.',
      fileTooLarge: 'File “{{name}}” is {{size}}, over the {{limit}} limit.',
      fileTypeNotAllowed: 'File “{{name}}” contains {{detected}}, which is not an allowed type (JPEG/PNG/WebP/AVIF/GIF images, MP4/WebM video, MP3/M4A/OGG/WAV audio, PDF, Word, Excel, PowerPoint).',
      fileNotImage: 'File “{{name}}” is named or typed as an image but its content is not an image ({{detected}}).',
      fileExtensionMismatch: 'File “{{name}}” has an extension that does not match its content ({{detected}}). Rename it to its real type.',
      imageTooManyPixels: 'Image “{{name}}” is too large ({{width}}×{{height}} pixels); the maximum is {{limit}} megapixels.',
      imageUnreadable: 'Image “{{name}}” cannot be read: the file is damaged or not a valid image.',
      unknownContent: 'unrecognised content',
      wholeNumberRequired: 'The value must be a whole number.',
      endBeforeStart: 'The end date must be on or after the start date.',
      linkUrlInvalid: 'A link must start with http://, https:// or /.',
      phoneInvalid: 'A phone number may contain only digits, spaces, dots, hyphens and +.',
    },
  },
} as const

export type MessageKey = keyof (typeof messages)['vi']['duan8']
