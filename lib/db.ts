import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * One PrismaClient per process, on the Rust-free driver adapter (no native engine).
 * Created on first use (so `next build` can import pages without a database) and kept on
 * globalThis so Next's dev reloads do not open a new pool each time.
 */
const globalForPrisma = globalThis as unknown as { prismaClient?: PrismaClient };

export function createPrismaClient(connectionString = process.env.DATABASE_URL): PrismaClient {
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: Number(process.env.DB_POOL_SIZE ?? 10) }) });
}

function client(): PrismaClient {
  return (globalForPrisma.prismaClient ??= createPrismaClient());
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
