import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import sharp from 'sharp'

import { translate } from '../../../cms/i18n/translate'
import {
  allowedMimeTypes,
  formatBytes,
  imageExtensions,
  maxImageMegapixels,
  maxUploadBytes,
} from '../allowedTypes'

type IncomingFile = NonNullable<PayloadRequest['file']>

function refuse(req: PayloadRequest, message: string): never {
  throw new ValidationError({ errors: [{ message, path: 'file' }] }, req.t)
}

function fileSize(file: IncomingFile): number {
  return file.size ?? file.data?.length ?? 0
}

async function detectType(file: IncomingFile) {
  if (file.data && file.data.length > 0) return fileTypeFromBuffer(file.data)
  if (file.tempFilePath) return fileTypeFromFile(file.tempFilePath)
  return undefined
}

const extensionAliases: Record<string, string> = { jpeg: 'jpg', m4a: 'mp4', oga: 'ogg', opus: 'ogg' }

function normaliseExtension(ext: string): string {
  return extensionAliases[ext] ?? ext
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase()
}

/**
 * Runs before Payload stores anything: the type is read from the bytes, never from the name or
 * the browser's claim, so a renamed executable or an HTML page posing as a photo is refused with a
 * message the officer can act on. Payload's own restriction check still runs after this one.
 */
export const checkUploadBytes: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) {
    if (operation === 'create') refuse(req, translate(req, 'fileMissing'))
    return args
  }
  const name = file.name
  const size = fileSize(file)
  const limit = maxUploadBytes()
  if (size > limit) {
    refuse(req, translate(req, 'fileTooLarge', { name, size: formatBytes(size), limit: formatBytes(limit) }))
  }

  const detected = await detectType(file)
  const detectedLabel = detected ? `${detected.mime} (.${detected.ext})` : translate(req, 'unknownContent')
  const claimsImage = file.mimetype?.startsWith('image/') || imageExtensions.includes(extensionOf(name))

  if (claimsImage && !detected?.mime.startsWith('image/')) {
    refuse(req, translate(req, 'fileNotImage', { name, detected: detectedLabel }))
  }
  if (!detected || !(allowedMimeTypes as readonly string[]).includes(detected.mime)) {
    refuse(req, translate(req, 'fileTypeNotAllowed', { name, detected: detectedLabel }))
  }
  const ext = extensionOf(name)
  const sameType = normaliseExtension(ext) === normaliseExtension(detected.ext)
  const legacyOffice = detected.mime === 'application/x-cfb' && ['doc', 'xls', 'ppt'].includes(ext)
  if (!sameType && !legacyOffice) {
    refuse(req, translate(req, 'fileExtensionMismatch', { name, detected: detectedLabel }))
  }

  if (detected.mime.startsWith('image/')) {
    const input = file.data && file.data.length > 0 ? file.data : file.tempFilePath!
    const meta = await sharp(input, { limitInputPixels: false }).metadata().catch(() => null)
    if (!meta?.width || !meta.height) refuse(req, translate(req, 'imageUnreadable', { name }))
    if (meta.width * meta.height > maxImageMegapixels * 1_000_000) {
      refuse(
        req,
        translate(req, 'imageTooManyPixels', {
          name,
          width: meta.width,
          height: meta.height,
          limit: maxImageMegapixels,
        }),
      )
    }
  }
  // Trust the bytes from here on, whatever the browser claimed.
  file.mimetype = detected.mime
  return args
}
