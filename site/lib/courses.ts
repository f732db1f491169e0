import type { Course, Media } from '../../cms/payload-types'
import { languageOptions } from '../../collections/Campaigns/options'
import { courseAudienceOptions } from '../../collections/Courses/options'
import { contentAreas } from '../../collections/Indicators'
import { licenceOptions } from '../../collections/Media/options'
import { immutableView } from './cacheKey'
import { fileView, imageView, mediaUrl, type FileView, type ImageView } from './media'
import { findPublished } from './payload'
import { perBuild } from './perBuild'
import { richTextToHTML, richTextToPlainText } from './richText'
import { fromSnapshotOr } from './snapshot'

export type RecordingView = { kind: 'video' | 'audio'; url: string; mimeType: string; title: string; transcript: string; poster: ImageView | null }
/** A self-check question as the public sees it: the options, never which one is right. */
export type QuestionView = { number: number; question: string; options: string[] }

export type LessonView = {
  number: number
  slug: string
  title: string
  url: string
  bodyHTML: string
  bodyText: string
  recording: RecordingView | null
  documents: FileView[]
  questions: QuestionView[]
}

export type CourseView = {
  slug: string
  title: string
  summary: string
  url: string
  publishedAt: string | null
  audience: string[]
  contentArea: string
  language: string
  licence: string
  cover: ImageView | null
  lessons: LessonView[]
}

const labelOf = (options: { value: string; label: { vi: string } }[], value: string | null | undefined) => options.find((o) => o.value === value)?.label.vi ?? ''

function recordingView(doc: Media | number | null | undefined, poster: Media | number | null | undefined): RecordingView | null {
  if (!doc || typeof doc !== 'object' || (doc.kind !== 'video' && doc.kind !== 'audio')) return null
  const url = mediaUrl(doc.url)
  if (!url) return null
  return { kind: doc.kind, url, mimeType: doc.mimeType ?? '', title: doc.caption || doc.alt || doc.filename || '', transcript: doc.transcript ?? '', poster: imageView(poster) }
}

type StoredLesson = NonNullable<Course['lessons']>[number]

function lessonView(courseUrl: string, lesson: StoredLesson, index: number): LessonView {
  const slug = lesson.slug ?? String(index + 1)
  return {
    number: index + 1,
    slug,
    title: lesson.title,
    url: `${courseUrl}${slug}/`,
    bodyHTML: richTextToHTML(lesson.body),
    bodyText: richTextToPlainText(lesson.body),
    recording: recordingView(lesson.recording, lesson.poster),
    documents: (lesson.documents ?? []).map(fileView).filter((f): f is FileView => f !== null),
    questions: (lesson.questions ?? []).map((q, i) => ({ number: i + 1, question: q.question, options: (q.options ?? []).map((o) => o.text) })),
  }
}

export function toCourseView(doc: Course): CourseView {
  const slug = doc.slug ?? String(doc.id)
  const url = `/khoa-hoc/${slug}/`
  return {
    slug,
    title: doc.title,
    summary: doc.summary ?? '',
    url,
    publishedAt: doc.publishedAt ?? null,
    audience: (doc.audience ?? []).map((a) => labelOf(courseAudienceOptions, a)),
    contentArea: labelOf(contentAreas, doc.contentArea),
    language: labelOf(languageOptions, doc.language),
    licence: labelOf(licenceOptions, doc.licence),
    cover: imageView(doc.cover),
    lessons: (doc.lessons ?? []).map((lesson, i) => lessonView(url, lesson, i)),
  }
}

/** Published courses only, read with the public's access rules (which leave out the right answers). */
export async function loadPublishedCourseDocs(): Promise<Course[]> {
  return findPublished('courses', '-publishedAt')
}

const viewsByDoc = new WeakMap<Course, CourseView>()
const viewOf = (doc: Course) => {
  let view = viewsByDoc.get(doc)
  if (!view) viewsByDoc.set(doc, (view = immutableView(toCourseView(doc))))
  return view
}

/** Every published course as the site shows it, newest first; read once per build. */
export const allPublishedCourses: () => Promise<CourseView[]> = perBuild(() => fromSnapshotOr('courses', loadPublishedCourseDocs).then((docs) => docs.map(viewOf)))
