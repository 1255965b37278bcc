import { authRoute } from "@/lib/auth/routes";

export { authRoute as GET, authRoute as POST };
