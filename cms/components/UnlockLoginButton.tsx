'use client'

import { Button, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * Lifts the login holds on this account (cms/auth/loginThrottle.ts). Payload shows its own unlock
 * button only with its account lock, which this project replaces.
 */
export function UnlockLoginButton() {
  const email = useFormFields(([fields]) => fields.email?.value as string | undefined)
  const [answer, setAnswer] = useState<string | null>(null)
  if (!email) return null
  const unlock = async () => {
    const res = await fetch('/api/users/unlock', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email }),
    })
    setAnswer(res.ok ? 'Đã mở khoá: tài khoản đăng nhập lại được ngay.' : 'Không mở khoá được (chỉ quản trị viên mới mở khoá được).')
  }
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" onClick={() => void unlock()} size="medium">
        Mở khoá đăng nhập
      </Button>
      <p role="status">{answer ?? 'Dùng khi cán bộ bị tạm khoá vì nhập sai mật khẩu nhiều lần.'}</p>
    </div>
  )
}
