import pg from "pg";
import type { Actor, Role } from "../lib/auth/permissions";
import { createAccount } from "./accounts";
import { DEMO_PASSWORD } from "./helpers";

/**
 * What the route tests need from the e2e database: the demo people as actors, a head of another
 * agency, and one record of each kind in two departments (the officer's and officer2's), created in
 * a year no report has locked.
 */
export type Visitor = { name: string; login: string | null; actor: Actor | null };
export type RecordKind = "applications" | "reviews" | "submissions" | "documents" | "fees" | "tallies";
export type Fixtures = {
  visitors: Visitor[];
  /** Per record kind: a record in each of two departments, with where it lives. */
  records: Record<RecordKind, { id: number; agencyId: number; departmentId: number }[]>;
};

async function actorOf(client: pg.Client, login: string): Promise<Actor> {
  const { rows } = await client.query<{
    userId: number;
    agencyId: number;
    role: Role;
    departmentId: number | null;
    disclosure: boolean | null;
  }>(
    `SELECT m."userId", m."agencyId", m.role, m."departmentId", d."isDisclosureOffice" AS disclosure
       FROM "Membership" m JOIN "User" u ON u.id = m."userId" LEFT JOIN "Department" d ON d.id = m."departmentId"
      WHERE u.login = $1`,
    [login],
  );
  const m = rows[0];
  if (!m) throw new Error(`No membership for ${login}.`);
  return {
    userId: m.userId,
    agencyId: m.agencyId,
    role: m.role,
    departmentId: m.departmentId,
    inDisclosureOffice: m.disclosure === true,
  };
}

export async function prepareFixtures(): Promise<Fixtures> {
  const outsider = await createAccount({ role: "HEAD", password: DEMO_PASSWORD, agencySlug: "qinyang" });
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const visitors: Visitor[] = [{ name: "no session", login: null, actor: null }];
    for (const [name, login] of [
      ["officer (disclosure office)", "officer"],
      ["officer2 (another department)", "officer2"],
      ["head", "head"],
      ["admin", "admin"],
      ["county (督查, the parent agency)", "county"],
      ["head of another agency", outsider.login],
    ] as const) {
      visitors.push({ name, login, actor: await actorOf(client, login) });
    }
    const officer = visitors[1].actor!;
    const officer2 = visitors[2].actor!;
    const agencyId = officer.agencyId;
    const records = {} as Fixtures["records"];
    const insert = async (kind: RecordKind, sql: string, values: (departmentId: number, n: number) => unknown[]) => {
      records[kind] = [];
      for (const [n, departmentId] of [officer.departmentId!, officer2.departmentId!].entries()) {
        const { rows } = await client.query<{ id: number }>(sql, [agencyId, departmentId, ...values(departmentId, n)]);
        records[kind].push({ id: rows[0].id, agencyId, departmentId });
      }
    };
    const tag = Math.random().toString(36).slice(2, 8);
    await insert(
      "applications",
      `INSERT INTO "DisclosureApplication" ("agencyId","departmentId","regNo",channel,"receivedOn","applicantType","applicantName","requestText","updatedAt")
       VALUES ($1,$2,$3,'IN_PERSON','2024-03-04','NATURAL_PERSON','路由测试','测试申请内容',now()) RETURNING id`,
      (_d, n) => [`RT-${tag}-${n}`],
    );
    await insert(
      "reviews",
      `INSERT INTO "ReviewCase" ("agencyId","departmentId",kind,"caseNumber","filedOn","updatedAt")
       VALUES ($1,$2,'RECONSIDERATION',$3,'2024-04-01',now()) RETURNING id`,
      (_d, n) => [`复-${tag}-${n}`],
    );
    await insert(
      "submissions",
      `INSERT INTO "InfoSubmission" ("agencyId","departmentId",title,"isoYear","isoWeek","categoryId","updatedAt")
       SELECT $1,$2,$3,2024,10,c.id,now() FROM "SubmissionCategory" c WHERE c."agencyId" = $1 LIMIT 1
       RETURNING id`,
      (_d, n) => [`路由测试信息${tag}${n}`],
    );
    await insert(
      "documents",
      `INSERT INTO "NormativeDocument" ("agencyId","departmentId",kind,"docNumber",title,"issuedOn","updatedAt")
       VALUES ($1,$2,'NORMATIVE',$3,'路由测试文件','2024-05-06',now()) RETURNING id`,
      (_d, n) => [`柏政〔2024〕${tag}${n}号`],
    );
    await insert(
      "fees",
      `INSERT INTO "FeeCollection" ("agencyId","departmentId",year,amount,"updatedAt")
       VALUES ($1,$2,2024,10.5,now()) RETURNING id`,
      () => [],
    );
    await insert(
      "tallies",
      `INSERT INTO "DecisionTally" ("agencyId","departmentId",kind,year,count,"updatedAt")
       VALUES ($1,$2,'LICENSING',2024,3,now()) RETURNING id`,
      () => [],
    );
    return { visitors, records };
  } finally {
    await client.end();
  }
}
