-- Notes are data in the language they were written in (issue 10): each note names its language and whose words it
-- is; the project's translations of the notes it wrote live beside them, one per note and locale. Existing notes are
-- English and count as quoted (never translated) until an import says otherwise. The web role reads the new table
-- through the default privileges lib/db/roles.ts sets (SELECT on tables the owner creates).

-- CreateEnum
CREATE TYPE "NoteWording" AS ENUM ('project', 'quoted_body', 'quoted');

-- AlterTable
ALTER TABLE "Note" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN "wording" "NoteWording" NOT NULL DEFAULT 'quoted';

-- CreateTable
CREATE TABLE "NoteTranslation" (
    "id" SERIAL NOT NULL,
    "noteId" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "translatedBy" TEXT NOT NULL,

    CONSTRAINT "NoteTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NoteTranslation_noteId_locale_key" ON "NoteTranslation"("noteId", "locale");

-- AddForeignKey
ALTER TABLE "NoteTranslation" ADD CONSTRAINT "NoteTranslation_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE CASCADE ON UPDATE CASCADE;
