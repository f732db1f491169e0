import { APIError, ValidationError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionBeforeValidateHook } from 'payload'

import type { Media } from '../../cms/payload-types'
import { translate } from '../../cms/i18n/translate'
import { idOf } from '../fields/relations'
import { slugify } from '../fields/slugify'
import { reservedLessonSlugs } from './options'
import { mediaSlug } from '../../cms/plugin/installed'

type Option = { text?: string | null; correct?: boolean | null }
type Question = { question?: string | null; options?: Option[] | null; explanation?: string | null }
type Lesson = { title?: string | null; slug?: string | null; recording?: unknown; poster?: unknown; questions?: Question[] | null }

/** Each lesson gets an address inside its course: from its title, unique, never one of the course's own pages. */
export const fillLessonSlugs: CollectionBeforeValidateHook = ({ data }) => {
  const lessons = data?.lessons as Lesson[] | undefined
  if (!Array.isArray(lessons)) return data
  const taken = new Set<string>()
  for (const lesson of lessons) {
    let slug = slugify(lesson.slug?.trim() || lesson.title || '') || 'bai-hoc'
    if (reservedLessonSlugs.includes(slug)) slug = `${slug}-bai-hoc`
    const base = slug
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
    taken.add(slug)
    lesson.slug = slug
  }
  return data
}

/**
 * What a published course must hold, checked as it is published: at least one lesson; a
 * recording from the library that is video or audio, with a transcript (for deaf learners and for
 * listeners of other languages), and a video with a poster (the lesson's, or taken from the
 * video's own); questions with at least two options and exactly one right answer.
 */
export const checkCourseForPublishing: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (data._status !== 'published') return data
  const lessons = (data.lessons ?? []) as Lesson[]
  const errors: { path: string; message: string }[] = []
  if (lessons.length === 0) errors.push({ path: 'lessons', message: translate(req, 'courseNeedsLesson') })
  for (const [i, lesson] of lessons.entries()) {
    const name = lesson.title || String(i + 1)
    const recordingId = idOf(lesson.recording)
    if (recordingId != null) {
      const media = (await req.payload.findByID({ collection: mediaSlug(req.payload), id: recordingId, depth: 0, overrideAccess: true, disableErrors: true, req })) as Media | null
      if (!media || (media.kind !== 'video' && media.kind !== 'audio')) errors.push({ path: `lessons.${i}.recording`, message: translate(req, 'lessonRecordingKind', { lesson: name }) })
      else {
        if (!media.transcript?.trim()) errors.push({ path: `lessons.${i}.recording`, message: translate(req, 'lessonRecordingTranscript', { lesson: name, file: media.filename ?? '' }) })
        if (media.kind === 'video' && idOf(lesson.poster) == null) {
          if (idOf(media.poster) != null) lesson.poster = idOf(media.poster)
          else errors.push({ path: `lessons.${i}.poster`, message: translate(req, 'lessonVideoPoster', { lesson: name }) })
        }
      }
    }
    for (const [q, question] of (lesson.questions ?? []).entries()) {
      const options = question.options ?? []
      const right = options.filter((o) => o.correct).length
      if (options.length < 2) errors.push({ path: `lessons.${i}.questions.${q}.options`, message: translate(req, 'questionNeedsOptions', { lesson: name, number: q + 1 }) })
      else if (right !== 1) errors.push({ path: `lessons.${i}.questions.${q}.options`, message: translate(req, 'questionNeedsOneAnswer', { lesson: name, number: q + 1 }) })
    }
  }
  if (errors.length) throw new ValidationError({ collection: 'courses', errors }, req.t)
  return data
}

/** Who completed a course is evidence for training targets: a course with learners is unpublished, never deleted. */
export const keepCourseWithCompletions: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'course-completions', where: { course: { equals: id } }, overrideAccess: true, req })
  if (totalDocs > 0) throw new APIError(translate(req, 'courseHasCompletions', { count: totalDocs }), 400, null, true)
}
