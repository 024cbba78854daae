// An update's time printed with no day ("Aggiornato alle 10:40") under the date line: the update is on the day
// published over it; with no day published, no update. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "dates.hpp"

#include <string>

namespace {

// A short page about a harbour: `lines` between its headline and its three paragraphs.
std::string harbour_page(const std::string& lines) {
    return "Home\nThe harbour gets a second ferry before the summer\n\n" + lines +
           "\n\nThe new ferry will cross the bay every hour from June on, the harbour office said on Monday.\n\n"
           "It carries forty cars and three hundred people, twice as many as the old one.\n\n"
           "The crossing takes twenty minutes, and tickets keep their price this year.\n";
}

} // namespace

TEST_CASE("an update's label and a time with no day", "[dates]") {
    struct Row {
        const char* line;
        const char* time; // "" for none
    };
    const Row rows[] = {
        {"Aggiornato alle 10:40", "T10:40"},
        {"Aggiornato alle 10.40", "T10:40"},
        {"Mis à jour à 14h05", "T14:05"},
        {"Aktualisiert um 16:20 Uhr", "T16:20"},
        {"Aktualisiert: 16.20 Uhr", "T16:20"},
        {"Updated at 9:15 a.m.", "T09:15"},
        {"Updated 3:40 PM EST", "T15:40"},
        {"Actualizado a las 13:05", "T13:05"},
        {"Atualizado às 18h05", "T18:05"},
        {"Bijgewerkt om 13:15", "T13:15"},
        // no label, words after the time, a count, a relative time
        {"10:40", ""},
        {"Um 16:20 Uhr", ""},
        {"Aggiornato alle 10:40 dal nostro inviato", ""},
        {"Updated 3 times", ""},
        {"Updated 2 hours ago", ""},
        {"Mis à jour il y a 3 heures", ""},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(archive::update_time_alone(r.line).value_or("") == r.time);
    }
}

TEST_CASE("an update's time alone under the date line is on the day published there", "[classify][dates]") {
    struct Row {
        const char* lines;
        const char* published;
        const char* updated; // "" for none
    };
    const Row rows[] = {
        {"di Marco Bianchi\n3 dicembre 2026 - 08:15\nAggiornato alle 10:40", "2026-12-03T08:15", "2026-12-03T10:40"},
        {"Publié le 4 mars 2026 à 09h10\nMis à jour à 14h05", "2026-03-04T09:10", "2026-03-04T14:05"},
        {"Von Lena Brandt\n12.03.2026, 08:30 Uhr\nAktualisiert um 16:20 Uhr", "2026-03-12T08:30", "2026-03-12T16:20"},
        {"By Jane Roe\nMarch 9, 2026 at 7:00 a.m. EST\nUpdated at 9:15 a.m.", "2026-03-09T07:00", "2026-03-09T09:15"},
        {"Por Lucía Gómez\n14/12/2026 - 11:42\nActualizado a las 13:05", "2026-12-14T11:42", "2026-12-14T13:05"},
        {"4 Dezembro 2026 — 16:20\nAtualizado às 18h05", "2026-12-04T16:20", "2026-12-04T18:05"},
        {"12 maart 2026, 08:30\nBijgewerkt om 13:15", "2026-03-12T08:30", "2026-03-12T13:15"},
        // a day with no time: the update is still on it
        {"Pubblicato il 3 dicembre 2026\nAggiornato alle 10:40", "2026-12-03", "2026-12-03T10:40"},
        // no day published: no update, and no guess
        {"di Marco Bianchi\nAggiornato alle 10:40", "", ""},
        {"Updated at 9:15 a.m.", "", ""},
    };
    for (const Row& r : rows) {
        INFO(r.lines);
        const archive::Article a = archive::parse(harbour_page(r.lines), "x");
        CHECK(a.published.value_or("") == r.published);
        CHECK(a.updated.value_or("") == r.updated);
    }
}
