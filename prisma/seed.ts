// `prisma db seed`: the sample content in content/articles, through the seed command.
import { runSeed } from "../scripts/seed";

process.exitCode = await runSeed(["content/articles"]);
