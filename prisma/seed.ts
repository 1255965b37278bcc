/** `npm run db:seed`: loads the demo agency into an empty database (DATABASE_URL). */
import { createPrismaClient } from "../lib/db.ts";
import { isDatabaseEmpty, seedDemo } from "../lib/seed/demo.ts";

const db = createPrismaClient();
try {
  if (await isDatabaseEmpty(db)) {
    await seedDemo(db);
    console.log("Demo data loaded.");
  } else {
    console.log("The database already holds agencies; demo data not loaded.");
  }
} finally {
  await db.$disconnect();
}
