// The day of publication a label prints under the text ("Erstpublikation: 05.03.2026, 11:05 Uhr", "Publié le 3 mars
// 2026 à 9h05", "First published on 3 March 2026, 09:05"): the record's published when the head gave none, or when
// the head's date, printed without a label, is later (that one is the revision's: updated). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

// A short article: its head (`head` lines under the headline), its text, then `tail` under it.
std::string page_of(const std::string& lang, const std::string& head, const std::string& tail) {
    if (lang == "de")
        return "Hafenblatt\nWirtschaft\nWerft streicht 400 Stellen und schließt das Trockendock\n" + head +
               "Die Werft am Nordkai baut bis zum Sommer 400 Stellen ab, wie die Geschäftsführung am Donnerstag "
               "mitteilte.\n"
               "Der Betriebsrat kündigte Widerstand an und verlangt Verhandlungen über einen Sozialplan.\n"
               "Die Stadt prüft, ob das Trockendock an einen anderen Betreiber verpachtet werden kann.\n" +
               tail + "Impressum\nDatenschutz\n";
    if (lang == "fr")
        return "Le Courrier du Port\nÉconomie\nLe chantier naval supprime 400 postes et ferme sa cale sèche\n" + head +
               "Le chantier du quai nord supprimera 400 postes d'ici l'été, a annoncé la direction jeudi.\n"
               "Les syndicats ont dénoncé une décision brutale et réclament l'ouverture de négociations.\n"
               "La ville étudie la possibilité de confier la cale sèche à un autre exploitant.\n" +
               tail + "Mentions légales\nContact\n";
    return "Harbour Weekly\nBusiness\nShipyard cuts 400 jobs and closes its dry dock\n" + head +
           "The shipyard on the north quay will cut 400 jobs by the summer, its management said on Thursday.\n"
           "The unions said they would fight the decision and asked for talks on a redundancy plan.\n"
           "The town is looking at whether another operator could lease the dry dock.\n" +
           tail + "Privacy\nContact us\n";
}

} // namespace

TEST_CASE("a labelled day of publication under the text dates the record", "[classify][dates][closing][head48]") {
    struct Row {
        const char* lang;
        const char* head;
        const char* tail;
        const char* published;
        const char* updated;
    };
    const Row rows[] = {
        // (the head's date without a label is later: the revision's)
        {"de", "Von Anna Muster\n05.03.2026 - 14:32 Uhr\n",
         "Erstpublikation: 05.03.2026, 11:05 Uhr\nAktualisiert: 05.03.2026, 14:32 Uhr\n", "2026-03-05T11:05",
         "2026-03-05T14:32"},
        {"fr", "Par Jeanne Morel\n03/03/2026 16:40\n", "Publié le 3 mars 2026 à 9h05\n", "2026-03-03T09:05",
         "2026-03-03T16:40"},
        {"en", "By Jane Roe\n3 March 2026 16:40\n", "First published on 3 March 2026, 09:05\n", "2026-03-03T09:05",
         "2026-03-03T16:40"},
        // (the head prints the update alone; the author's box under the text the day of publication)
        {"de", "Von Anna Muster\nAktualisiert am 05.03.2026 um 14:32 Uhr\n",
         "Anna Muster\nWirtschaftskorrespondentin in Hamburg.\nFolgen\nVeröffentlicht: 05.03.2026 12:10 Uhr\n",
         "2026-03-05T12:10", "2026-03-05T14:32"},
        {"fr", "Par Jeanne Morel\nMis à jour le 3 mars 2026 à 16h40\n", "Publié le 3 mars 2026 à 9h05\n",
         "2026-03-03T09:05", "2026-03-03T16:40"},
        // (a labelled day over the text stays; so does the head's date when the label under the text is later)
        {"de", "Von Anna Muster\nVeröffentlicht am 05.03.2026, 09:00 Uhr\n",
         "Erstpublikation: 05.03.2026, 11:05 Uhr\n", "2026-03-05T09:00", nullptr},
        {"en", "By Jane Roe\n3 March 2026 08:15\n", "First published on 3 March 2026, 09:05\n", "2026-03-03T08:15",
         nullptr},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.tail);
        const Article a = parse(page_of(r.lang, r.head, r.tail));
        CHECK(a.published.value_or("") == r.published);
        CHECK(a.updated.value_or("") == (r.updated == nullptr ? "" : r.updated));
    }
}

TEST_CASE("the labelled date lines under the text leave the text", "[classify][dates][closing][head48]") {
    const Article a = parse(page_of("de", "Von Anna Muster\n05.03.2026 - 14:32 Uhr\n",
                                    "Erstpublikation: 05.03.2026, 11:05 Uhr\nAktualisiert: 05.03.2026, 14:32 Uhr\n"));
    CHECK(test::in_boilerplate(a, "Erstpublikation: 05.03.2026, 11:05 Uhr"));
    CHECK(test::in_boilerplate(a, "Aktualisiert: 05.03.2026, 14:32 Uhr"));
    CHECK_FALSE(test::has_paragraph_starting(a, "Erstpublikation"));
    CHECK(test::has_paragraph_starting(a, "Die Stadt prüft"));
}
