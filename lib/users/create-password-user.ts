import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type CreatePasswordUserResult = { status: "created"; id: string } | { status: "email-taken" } | { status: "username-taken" };

/** Inserts an email-and-password account. The unique keys decide races between two sign-ups. */
export async function createPasswordUser(input: {
  email: string;
  passwordHash: string;
  username: string;
  name: string;
}): Promise<CreatePasswordUserResult> {
  const db = getDb();
  try {
    const user = await db.user.create({ data: input, select: { id: true } });
    return { status: "created", id: user.id };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") throw error;
    const holder = await db.user.findUnique({ where: { username: input.username }, select: { id: true } });
    return holder ? { status: "username-taken" } : { status: "email-taken" };
  }
}
