-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'EDITOR';

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "User" DROP COLUMN "name",
ADD COLUMN     "displayName" TEXT;

-- DropIndex
DROP INDEX "Post_authorId_published_idx";

-- CreateIndex
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
