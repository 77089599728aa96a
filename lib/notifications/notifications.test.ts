import type { SendMailOptions, Transporter } from "nodemailer";
import { parse } from "parse5";
import { beforeEach, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.DATABASE_POOL_SIZE = "16";
  process.env.ADMIN_USERNAMES = "mod_notify";
});

import { postComment } from "@/lib/comments/post-comment";
import { countUnreadInbox } from "@/lib/inbox/count-unread-inbox";
import { setCommentHidden } from "@/lib/moderation/set-comment-hidden";
import { COMMENT_EMAIL_LEASE_MS, sendCommentEmails } from "@/lib/notifications/send-comment-emails";
import { listCommentNotifications } from "@/lib/notifications/list-comment-notifications";
import { openCommentNotification } from "@/lib/notifications/open-comment-notification";
import { unsubscribeCommentEmails } from "@/lib/notifications/unsubscribe-comment-emails";
import { commentBodySchema } from "@/lib/validations/comment";
import { createTestPaper, createTestUsers, resetDb, testDb } from "@/tests/db";
import { COMMENT_XSS_CORPUS } from "@/tests/fixtures/comment-xss-corpus";

beforeEach(async () => {
  await resetDb();
});

const APP = "https://papershelf.test";
const FROM = "Papershelf <papershelf@papershelf.test>";

async function post(paperId: string, authorId: string, body: string, parentId?: string, now?: Date) {
  const result = await postComment({ paperId, authorId, body, parentId }, now);
  if (result.status !== "ok") throw new Error(`post failed: ${result.status}`);
  return result.comment;
}

async function named(count: number, prefix: string) {
  const ids = await createTestUsers(count, prefix);
  await Promise.all(ids.map((id, i) => testDb().user.update({ where: { id }, data: { name: `${prefix} ${i}` } })));
  return ids;
}

/** A transport that keeps what it is given; `hang` makes it keep the message and never answer (a process that died there). */
function recordingTransport() {
  const sent: SendMailOptions[] = [];
  const state = { hang: false };
  const transport = {
    sendMail: async (message: SendMailOptions) => {
      sent.push(message);
      if (state.hang) return new Promise(() => {});
      return { messageId: message.messageId };
    },
  } as unknown as Transporter;
  return { sent, state, transport };
}

describe("notifications", () => {
  test("a reply notifies the parent's author, a top-level comment the paper's submitter; never oneself; once each", async () => {
    const [submitter, ada, bob] = await named(3, "note");
    const paper = await createTestPaper();
    await testDb().paper.update({ where: { id: paper.id }, data: { submittedById: submitter } });

    const top = await post(paper.id, ada!, "Top-level");
    const reply = await post(paper.id, bob!, "A reply", top.id);
    const selfReply = await post(paper.id, ada!, "Replying to myself", top.id);
    const ownPaper = await post(paper.id, submitter!, "The submitter comments");
    // The submitter replies to Ada: Ada gets a reply; the submitter nothing for their own words.
    const submitterReply = await post(paper.id, submitter!, "Thanks", top.id);

    const rows = await testDb().commentNotification.findMany({ select: { userId: true, commentId: true, kind: true } });
    expect(rows).toHaveLength(3);
    expect(rows).toEqual(
      expect.arrayContaining([
        { userId: submitter, commentId: top.id, kind: "PAPER_COMMENT" },
        { userId: ada, commentId: reply.id, kind: "REPLY" },
        { userId: ada, commentId: submitterReply.id, kind: "REPLY" },
      ]),
    );
    expect(rows.filter((r) => r.commentId === selfReply.id || r.commentId === ownPaper.id)).toEqual([]);

    const inbox = await listCommentNotifications(testDb(), ada!);
    expect(inbox.map((n) => [n.kind, n.actor, n.paperTitle])).toEqual([
      ["REPLY", "note 0", paper.title],
      ["REPLY", "note 2", paper.title],
    ]);
    expect(await countUnreadInbox(testDb(), ada!)).toBe(2);
    const opened = await openCommentNotification(testDb(), ada!, inbox[0]!.id);
    expect(opened).toEqual({ paperSlug: paper.slug, commentId: submitterReply.id });
    expect(await countUnreadInbox(testDb(), ada!)).toBe(1);
    // Someone else's notification is not theirs to open.
    expect(await openCommentNotification(testDb(), bob!, inbox[1]!.id)).toBeNull();
  });

  test("50 replies at once give the parent's author (here also the submitter) 50 entries, all replies", async () => {
    const [owner, ...repliers] = await named(51, "many");
    const paper = await createTestPaper();
    await testDb().paper.update({ where: { id: paper.id }, data: { submittedById: owner } });
    const top = await post(paper.id, owner!, "My own paper's first comment");
    await Promise.all(repliers.map((id, i) => post(paper.id, id, `reply ${i}`, top.id)));
    const rows = await testDb().commentNotification.findMany({ where: { userId: owner } });
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(["REPLY"]));
    expect(await countUnreadInbox(testDb(), owner!)).toBe(50);
  });

  test("a hidden comment leaves the inbox", async () => {
    const [ada, bob] = await named(2, "hid");
    const moderator = await testDb().user.create({ data: { username: "mod_notify", email: "mod-notify@example.com" } });
    const paper = await createTestPaper();
    const top = await post(paper.id, ada!, "question");
    const reply = await post(paper.id, bob!, "spam reply", top.id);
    expect(await countUnreadInbox(testDb(), ada!)).toBe(1);
    await setCommentHidden({ commentId: reply.id, actorId: moderator.id, hidden: true });
    expect(await countUnreadInbox(testDb(), ada!)).toBe(0);
    expect(await listCommentNotifications(testDb(), ada!)).toEqual([]);
  });
});

describe("the email job", () => {
  async function setup(emails = true) {
    const [ada, bob, cy] = await named(3, "mail");
    await testDb().user.update({ where: { id: ada! }, data: { commentEmails: emails } });
    const paper = await createTestPaper({ title: "A paper about $x$" });
    const top = await post(paper.id, ada!, "What about *this*?");
    return { ada: ada!, bob: bob!, cy: cy!, paper, top };
  }

  test("one email per person with everything new, with one-click unsubscribe; nothing twice", async () => {
    const { ada, bob, cy, paper, top } = await setup();
    await post(paper.id, bob, "First answer", top.id);
    await post(paper.id, cy, "Second answer", top.id);
    const { sent, transport } = recordingTransport();

    expect(await sendCommentEmails(testDb(), transport, { appUrl: APP, from: FROM })).toEqual({ sent: 1, rejected: [] });
    expect(sent).toHaveLength(1);
    const email = sent[0]!;
    const ada_ = await testDb().user.findUniqueOrThrow({ where: { id: ada } });
    expect(email.to).toBe(ada_.email);
    expect(email.subject).toBe("2 new replies and comments on Papershelf");
    expect(email.text).toContain("mail 1 replied to your comment on A paper about $x$");
    expect(email.text).toContain("First answer");
    expect(email.text).toContain("Second answer");
    expect(email.text).toContain(`${APP}/papers/${paper.slug}#comment-`);
    const headers = email.headers as Record<string, string>;
    expect(headers["List-Unsubscribe"]).toBe(`<${APP}/api/notifications/unsubscribe?token=${ada_.commentEmailToken}>`);
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");

    // Nothing new: nothing sent. A new reply: one more email with only it.
    expect((await sendCommentEmails(testDb(), transport, { appUrl: APP, from: FROM })).sent).toBe(0);
    await post(paper.id, bob, "Third answer", top.id);
    expect((await sendCommentEmails(testDb(), transport, { appUrl: APP, from: FROM })).sent).toBe(1);
    expect(sent[1]!.subject).toBe("mail 1 replied to your comment on A paper about $x$");
    expect(sent[1]!.text).not.toContain("First answer");

    // The one-click unsubscribe: no more emails, the inbox still fills.
    expect(await unsubscribeCommentEmails(ada_.commentEmailToken)).toBe(true);
    await post(paper.id, cy, "Fourth answer", top.id);
    expect((await sendCommentEmails(testDb(), transport, { appUrl: APP, from: FROM })).sent).toBe(0);
    expect(await countUnreadInbox(testDb(), ada)).toBe(4);
    expect(await unsubscribeCommentEmails("00000000-0000-0000-0000-000000000000")).toBe(false);
  });

  test("off by default: nobody who did not choose it is emailed", async () => {
    const { bob, paper, top } = await setup(false);
    await post(paper.id, bob, "answer", top.id);
    const { sent, transport } = recordingTransport();
    expect((await sendCommentEmails(testDb(), transport, { appUrl: APP, from: FROM })).sent).toBe(0);
    expect(sent).toEqual([]);
  });

  test("runs at the same moment send one email", async () => {
    const { bob, paper, top } = await setup();
    await post(paper.id, bob, "answer", top.id);
    const { sent, transport } = recordingTransport();
    const runs = await Promise.all(Array.from({ length: 5 }, () => sendCommentEmails(testDb(), transport, { appUrl: APP, from: FROM })));
    expect(runs.reduce((sum, r) => sum + r.sent, 0)).toBe(1);
    expect(sent).toHaveLength(1);
  });

  test("a run that dies between sending and recording: no second email while its claim lasts, then one re-send with the same Message-ID", async () => {
    const { bob, paper, top } = await setup();
    await post(paper.id, bob, "answer", top.id);
    const dying = recordingTransport();
    dying.state.hang = true;
    // The mail server took the message; the run never got to record it.
    void sendCommentEmails(testDb(), dying.transport, { appUrl: APP, from: FROM });
    await vi.waitFor(() => expect(dying.sent).toHaveLength(1));

    const next = recordingTransport();
    expect((await sendCommentEmails(testDb(), next.transport, { appUrl: APP, from: FROM })).sent).toBe(0);
    const later = new Date(Date.now() + COMMENT_EMAIL_LEASE_MS + 60_000);
    expect((await sendCommentEmails(testDb(), next.transport, { appUrl: APP, from: FROM, now: later })).sent).toBe(1);
    expect(next.sent[0]!.messageId).toBe(dying.sent[0]!.messageId);
    expect((await sendCommentEmails(testDb(), next.transport, { appUrl: APP, from: FROM, now: later })).sent).toBe(0);
    expect(next.sent).toHaveLength(1);
  });

  test("a failed send is tried again on the next run", async () => {
    const { bob, paper, top } = await setup();
    await post(paper.id, bob, "answer", top.id);
    const failing = {
      sendMail: async () => {
        throw Object.assign(new Error("connection lost"), { code: "ECONNECTION" });
      },
    } as unknown as Transporter;
    await expect(sendCommentEmails(testDb(), failing, { appUrl: APP, from: FROM })).rejects.toThrow("connection lost");
    const { sent, transport } = recordingTransport();
    expect((await sendCommentEmails(testDb(), transport, { appUrl: APP, from: FROM })).sent).toBe(1);
    expect(sent).toHaveLength(1);
  });

  test("the XSS corpus is inert in the email: plain text, and HTML with no markup from the comment", async () => {
    const { ada, paper, top } = await setup();
    const [writer] = await named(1, "xss");
    // Through the schema the route applies (it drops NUL, which PostgreSQL's text cannot hold).
    for (const body of COMMENT_XSS_CORPUS) await post(paper.id, writer!, commentBodySchema.parse(body), top.id);
    const { sent, transport } = recordingTransport();
    expect((await sendCommentEmails(testDb(), transport, { appUrl: APP, from: FROM })).sent).toBe(1);
    const html = String(sent[0]!.html);
    // Every element of the HTML part is the template's own: no attribute a comment could have brought.
    const allowed = new Set(["html", "head", "meta", "title", "body", "table", "tbody", "tr", "td", "div", "a"]);
    const walk = (node: { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: unknown[] }) => {
      if (node.attrs) {
        expect(allowed, node.nodeName).toContain(node.nodeName);
        for (const attr of node.attrs) {
          expect(["style", "href", "lang", "charset", "name", "content", "role", "width"]).toContain(attr.name);
          if (attr.name === "href") expect(attr.value.startsWith(`${APP}/`)).toBe(true);
        }
      }
      for (const child of node.childNodes ?? []) walk(child as typeof node);
    };
    walk(parse(html) as unknown as Parameters<typeof walk>[0]);
    expect(String(sent[0]!.text)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(sent[0]!.to).toBe((await testDb().user.findUniqueOrThrow({ where: { id: ada } })).email);
  });
});
