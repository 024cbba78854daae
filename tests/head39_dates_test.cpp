// The labels of a date line read in their order ("Updated: ... | Published: ..."), a wiki's "last edited" footer
// read as the update, and a reference's day of access ("Retrieved 2 June 2024", "abgerufen am ...") read as no day of
// the page. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "dates.hpp"

#include <string>
#include <vector>

namespace {

struct Row {
    const char* line;
    const char* lang;
    const char* published; // "" for none
    const char* updated;   // "" for none
};

void check_rows(const std::vector<Row>& rows) {
    for (const Row& r : rows) {
        INFO(r.line);
        const archive::DateLine d = archive::read_dates(r.line, r.lang);
        CHECK(d.published.value_or("") == r.published);
        CHECK(d.updated.value_or("") == r.updated);
    }
}

} // namespace

TEST_CASE("each date of a line goes to the label nearest before it", "[dates][head39]") {
    check_rows({
        {"By Jane Roe | Updated: March 3, 2025 | Published: October 12, 2021", "en", "2021-10-12", "2025-03-03"},
        {"Published: October 12, 2021 | Updated: March 3, 2025", "en", "2021-10-12", "2025-03-03"},
        {"Aktualisiert am 3. März 2025 | Veröffentlicht am 12. Oktober 2021", "de", "2021-10-12", "2025-03-03"},
        {"Mis à jour le 3 mars 2025 - Publié le 12 octobre 2021", "fr", "2021-10-12", "2025-03-03"},
        // one label only: the update's
        {"Updated: March 3, 2025", "en", "", "2025-03-03"},
    });
}

TEST_CASE("a wiki's last edit is the update, a reference's day of access no date", "[dates][head39]") {
    check_rows({
        {"Diese Seite wurde zuletzt am 2. Juni 2024 um 18:05 Uhr bearbeitet.", "de", "", "2024-06-02T18:05"},
        {"Zuletzt bearbeitet am 2. Juni 2024 um 18:05 Uhr", "de", "", "2024-06-02T18:05"},
        {"Last edited on 2 June 2024, at 18:05", "en", "", "2024-06-02T18:05"},
        {"Dernière modification le 2 juin 2024, à 18:05", "fr", "", "2024-06-02T18:05"},
        {"Roe, Jane (2019). \"The harbour\". Retrieved 2 June 2024.", "en", "", ""},
        {"Hafenamt: Öffnungszeiten, abgerufen am 2. Juni 2024.", "de", "", ""},
        {"Port de Roe : horaires, consulté le 2 juin 2024.", "fr", "", ""},
    });
}

TEST_CASE("a wiki page's footer gives updated, its references no published", "[dates][head39]") {
    const std::string page = "Lesen\nBearbeiten\nVersionsgeschichte\n"
                             "Alter Hafenkran\n"
                             "Der Alte Hafenkran ist ein denkmalgeschützter Drehkran am Südufer des Binnenhafens. Er "
                             "wurde 1898 aufgestellt und bis 1961 benutzt.\n"
                             "Geschichte\n"
                             "Der Kran wurde von einer Maschinenfabrik aus der Region gebaut und mit Dampf betrieben. "
                             "Nach dem Krieg wurde er auf elektrischen Antrieb umgestellt.\n"
                             "Seit 1990 kümmert sich ein Förderverein um den Kran und zeigt ihn an Sonntagen im Sommer "
                             "den Besuchern.\n"
                             "Einzelnachweise\n"
                             "↑ Förderverein Hafenkran: Führungen, abgerufen am 2. Juni 2024.\n"
                             "Kategorien: Baudenkmal | Hafen\n"
                             "Diese Seite wurde zuletzt am 5. Juni 2024 um 18:05 Uhr bearbeitet.\n"
                             "Datenschutz\nImpressum\n";
    const archive::Article a = archive::parse(page);
    CHECK_FALSE(a.published);
    CHECK(a.updated.value_or("") == "2024-06-05T18:05");
}
