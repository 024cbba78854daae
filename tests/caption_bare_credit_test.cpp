// A bare name of two or three words on the line under a caption, past the byline and the date line and over the
// text's first paragraph, is that picture's credit ("Pendler am Bahnhof Baden." / "Severin Bigler"); a bare name that
// signs the text (no byline read yet), an author's box under the text and a heading between two paragraphs are not.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool credited(const Article& a, const std::string& credit) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.credit && *m.credit == credit; });
}

bool heading_of(const Article& a, const std::string& text) {
    return std::any_of(a.sections.begin(), a.sections.end(),
                       [&](const Section& s) { return s.heading && *s.heading == text; });
}

} // namespace

TEST_CASE("a bare name under the caption past the byline is that picture's credit", "[credits][caption_shapes]") {
    struct Row {
        const char* page;
        const char* name;
        const char* author;
    };
    const Row rows[] = {
        // German
        {"Neue Tarifzonen: Was sich für Pendler im Kanton ändert\n"
         "Ab Dezember gilt ein neues Zonenmodell. Viele Abos werden günstiger.\n"
         "Corinne Egloff\n"
         "03.12.2026, 05.00 Uhr\n"
         "Drucken\n"
         "Pendlerinnen und Pendler am Bahnhof Baden: Für viele wird das Abo billiger.\n"
         "Severin Bigler\n"
         "Mit dem Fahrplanwechsel am 14. Dezember stellt der Tarifverbund auf ein neues "
         "Zonenmodell um. Statt 37 Zonen gibt es künftig nur noch 18 grössere Zonen.\n"
         "Im Durchschnitt sinke der Preis eines Monatsabos um rund 6 Franken, sagt der "
         "Geschäftsführer des Verbunds.\n"
         "Wer heute nur innerhalb einer kleinen Zone pendelt, zahlt neu bis zu 12 Franken mehr "
         "pro Monat, und das stösst auf Kritik.\n",
         "Severin Bigler", "Corinne Egloff"},
        // English
        {"Derwent ferry timetable expanded after record summer\n"
         "By Jess Whitford\n"
         "Updated December 3 2026 - 2:15pm\n"
         "The river ferry docking at Bellerive wharf on Tuesday.\n"
         "Nikki Davis-Jones\n"
         "The river ferry will run every 15 minutes during peak hours from January, after "
         "patronage more than doubled in its first full year.\n"
         "The minister said the extra services would also run on public holidays and at "
         "weekends until the end of March.\n",
         "Nikki Davis-Jones", "Jess Whitford"},
        // French, the paper after a spaced slash
        {"Le bac du lac reprend du service au printemps\n"
         "Par Jeanne Morel\n"
         "Publié le 3 décembre 2026 à 10h15\n"
         "Le bac accoste au quai de la Pêcherie, mardi matin.\n"
         "Luc Ferrand / Le Courrier\n"
         "Le bac qui relie les deux rives du lac reprendra du service au printemps, après deux ans de travaux sur "
         "les quais, a annoncé la commune mardi.\n"
         "Les horaires seront les mêmes qu'avant la fermeture, et les tarifs ne changeront pas cette année.\n",
         "Luc Ferrand / Le Courrier", "Jeanne Morel"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.page);
        const Article a = parse(row.page);
        CHECK(credited(a, row.name));
        CHECK_FALSE(heading_of(a, row.name));
        CHECK(std::find(a.authors.begin(), a.authors.end(), row.author) != a.authors.end());
    }
}

TEST_CASE("a bare name that signs or heads the text is no picture's credit", "[credits][caption_shapes]") {
    struct Row {
        const char* kind;
        const char* page;
        const char* name;
    };
    const Row rows[] = {
        {"a name under the lede and no byline: the author",
         "Harbour ferry line to reopen in spring\n"
         "The ferry across the bay will run again from April, the council said.\n"
         "Jane Roe\n"
         "The ferry line across the bay, closed since the storm of last winter, will run "
         "again from April after repairs to both piers, the council said on Monday.\n"
         "The repairs cost more than the council had planned, and the fares will rise by a "
         "tenth when the boats run again.\n",
         "Jane Roe"},
        {"an author's box under the text",
         "Kassenloses Bezahlen im Dorfladen\n"
         "Von Corinne Egloff\n"
         "03.12.2026, 05.00 Uhr\n"
         "Seit dem Frühling zahlen die Kundinnen und Kunden im Dorfladen an einer Säule beim Ausgang, ohne Kasse "
         "und ohne Personal, und der Laden hat dafür seine Öffnungszeiten bis spät in den Abend verlängert, wie die "
         "Genossenschaft am Dienstag an ihrer Versammlung mitteilte.\n"
         "Die meisten Kundinnen und Kunden seien zufrieden, heisst es im Bericht der Genossenschaft.\n"
         "20. Mai 2026\n"
         "Ich akzeptiere die Bestimmungen zum Datenschutz des Newsletters.\n"
         "Martina Keller\n"
         "Mitgründerin des Blogs, schreibt seit 2008 über Handel, Technik und die Menschen dahinter.\n",
         "Martina Keller"},
        {"a heading between two paragraphs",
         "Neue Tarifzonen: Was sich für Pendler ändert\n"
         "Von Corinne Egloff\n"
         "03.12.2026, 05.00 Uhr\n"
         "Mit dem Fahrplanwechsel am 14. Dezember stellt der Tarifverbund auf ein neues "
         "Zonenmodell um. Statt 37 Zonen gibt es künftig nur noch 18 grössere Zonen.\n"
         "Viele Abos werden günstiger, sagt der Verbund.\n"
         "Hohe Kosten\n"
         "Wer heute nur innerhalb einer kleinen Zone pendelt, zahlt neu bis zu 12 Franken mehr "
         "pro Monat, und das stösst auf Kritik im Grossen Rat.\n"
         "Der Verbund will die Mehrkosten tief halten, wie er am Dienstag mitteilte.\n",
         "Hohe Kosten"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.kind);
        CHECK_FALSE(credited(parse(row.page), row.name));
    }
}
