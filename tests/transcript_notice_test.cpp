// The notice that a machine wrote the transcript below it ("This transcript was generated automatically and may
// contain errors.", "Transcription générée automatiquement.", "Das Transkript wurde automatisch erstellt."), the first
// line of its section, is boilerplate, no paragraph of the text; a sentence of the text naming a transcript stays.
// Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <tuple>

using namespace archive;

namespace {

bool in_paragraphs(const Article& a, const std::string& line) {
    return std::any_of(a.sections.begin(), a.sections.end(), [&](const Section& s) {
        return std::find(s.paragraphs.begin(), s.paragraphs.end(), line) != s.paragraphs.end();
    });
}

} // namespace

TEST_CASE("a machine transcript's notice under its heading is boilerplate", "[sections][transcript][notice]") {
    const std::tuple<const char*, const char*, const char*> rows[] = {
        {"Why the ferry strike could last into January\n\nBy Jane Roe\nDecember 3, 2026\n\n"
         "Ferry crews on both crossings walked out on Monday. Our reporter explains what the union wants and why "
         "talks have stalled.\n\nTranscript\n\n",
         "This transcript was generated automatically and may contain errors.",
         "[00:00:04] HOST: From the harbour desk, this is the morning show. The boats have not moved for three days "
         "now.\n\n[00:00:15] REPORTER: The operator offered a small rise and the union wants the rosters changed "
         "before anything else.\n\n[00:00:40] HOST: And the operator says the rosters are legal and will stay as "
         "they are.\n"},
        {"Pourquoi la grève du bac pourrait durer\n\nPar Jeanne Morel\n3 décembre 2026\n\n"
         "Les équipages des deux traversées ont cessé le travail lundi. Notre journaliste explique ce que veut le "
         "syndicat.\n\nTranscription\n\n",
         "Transcription générée automatiquement, elle peut contenir des erreurs.",
         "[00:00:04] ANIMATRICE : Depuis la rédaction du port, voici la matinale. Les bateaux ne bougent plus depuis "
         "trois jours.\n\n[00:00:15] JOURNALISTE : L'exploitant propose une petite hausse et le syndicat veut "
         "d'abord changer les horaires.\n\n[00:00:40] ANIMATRICE : Et l'exploitant dit que les horaires sont légaux "
         "et ne changeront pas.\n"},
        {"Warum der Fährstreik bis Januar dauern könnte\n\nVon Anna Muster\n3. Dezember 2026\n\n"
         "Die Besatzungen beider Fähren streiken seit Montag. Unsere Reporterin erklärt, was die Gewerkschaft "
         "fordert.\n\nTranskript\n\n",
         "Dieses Transkript wurde automatisch erstellt und kann Fehler enthalten.",
         "[00:00:04] MODERATORIN: Aus der Hafenredaktion, das ist der Morgen. Die Fähren fahren seit drei Tagen "
         "nicht mehr.\n\n[00:00:15] REPORTERIN: Der Betreiber bietet eine kleine Erhöhung, und die Gewerkschaft "
         "will zuerst andere Dienstpläne.\n\n[00:00:40] MODERATORIN: Und der Betreiber sagt, die Dienstpläne seien "
         "rechtens und blieben, wie sie sind.\n"},
    };
    for (const auto& [head, notice, turns] : rows) {
        const std::string page = std::string(head) + notice + "\n\n" + turns;
        INFO(page);
        const Article a = parse(page);
        CHECK_FALSE(in_paragraphs(a, notice));
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), notice) != a.boilerplate.end());
    }
}

TEST_CASE("a sentence of the text naming an automatic transcript stays text", "[sections][transcript][notice]") {
    // Among other paragraphs, not the first line of a section: the article's own words.
    const std::string line = "The court said the transcript was produced automatically and checked by a clerk.";
    const std::string page = "Ferry case goes to appeal\n\nBy Jane Roe\nDecember 3, 2026\n\n"
                             "The ferry operator lost its case against the union on Tuesday, the court ruled.\n\n" +
                             line +
                             "\n\nThe operator said it would appeal the ruling before the end of the month, its "
                             "lawyers told reporters.\n";
    const Article a = parse(page);
    CHECK(in_paragraphs(a, line));
}
