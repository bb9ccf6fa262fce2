/** A minimal valid release for tests that break one thing at a time: extra front matter, then the body. */
export const testRelease = (front: string, body: string) => `---
kind: original
title: 検証用の報道発表
lead: 検証用のリード文です。
published: 2026-06-16
publishers: [work-life-balance]
contacts:
  - organization: work-life-balance
    department: 広報
    email: media@work-life-b.com
${front}---
${body}`;
