// `npm run check:content`: checks every file under content/ (or CONTENT_DIR) as the build will —
// file names, YAML, story and policy texts, every field against its schema, story images — in seconds, without
// building any page. Prints each problem (file, line, field, what is wrong, how to fix it) and a
// count; exits with status 1 if there is any problem.
//
// Runs on the pinned Node through tsx (`node --import tsx`), which runs the project's TypeScript
// as it is (extensionless imports included), unlike Node's own type stripping.
import { checkContent, checkReport } from '../src/lib/content-files';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const report = checkReport(await checkContent(contentDir));
if (report.ok) console.log(report.text);
else console.error(report.text);
process.exitCode = report.ok ? 0 : 1;
