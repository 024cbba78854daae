// A live blog names its hosts after the word of the live ("Live animé par Jeanne Morel et Odile Marchal", "Liveticker
// von Anna Muster", "Live coverage by Jane Roe"): a byline, and the standfirst over it is the lede. A signature of
// initials alone ("J.G.") over the date line names no person: boilerplate, and the standfirst over it stays the lede.
// Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "bylines.hpp"
#include "classify.hpp"
#include "region_pages.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("a live blog's hosts named after the word of the live are its byline", "[classify][byline][live][head48]") {
    struct Row {
        const char* line;
        const char* lang;
        std::vector<std::string> names;
    };
    const Row rows[] = {
        {"Live animé par Jeanne Morel et Odile Marchal", "fr", {"Jeanne Morel", "Odile Marchal"}},
        {"Direct animé par Paul Roux", "fr", {"Paul Roux"}},
        {"Live suivi par Jeanne Morel", "fr", {"Jeanne Morel"}},
        {"Liveticker von Anna Muster und Lena Brandt", "de", {"Anna Muster", "Lena Brandt"}},
        {"Liveblog von Jan Roewer", "de", {"Jan Roewer"}},
        {"Live ticker: Anna Muster und Lena Brandt", "de", {"Anna Muster", "Lena Brandt"}},
        {"Live coverage by Jane Roe and Kim Lee", "en", {"Jane Roe", "Kim Lee"}},
        {"Live blog by Tom Hale", "en", {"Tom Hale"}},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(byline_authors(r.line, r.lang) == Names(r.names));
    }
    // The word of the live alone, or followed by the topic, names nobody.
    CHECK_FALSE(byline_word("Liveticker"));
    CHECK_FALSE(byline_word("Live"));
    CHECK(byline_authors("Liveticker: Bayern gegen Dortmund", "de").value_or(std::vector<std::string>{}).empty());
    CHECK(byline_authors("Live : suivez la séance en direct", "fr").value_or(std::vector<std::string>{}).empty());
}

TEST_CASE("a live blog's standfirst over its hosts' line is the lede", "[classify][byline][live][lede][head48]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* lede;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"fr",
         "Accueil\nPolitique\nEN DIRECT\n"
         "Grève des contrôleurs : le trafic reprend lentement sur les lignes de l'ouest\n"
         "Les syndicats ont levé le préavis dans la nuit après un accord sur les primes, mais la reprise sera "
         "progressive jusqu'à jeudi.\n"
         "Live animé par Jeanne Morel et Odile Marchal\n"
         "Publié le 3 mars 2026 à 07h02, modifié le 3 mars 2026 à 12h40\n"
         "12:40\n"
         "Les premiers trains sont partis de la gare de Nantes avec une heure de retard sur l'horaire prévu ce "
         "matin.\n"
         "11:15\n"
         "La direction régionale annonce deux trains sur trois pour la journée de mercredi, selon un communiqué.\n",
         "Les syndicats ont levé le préavis", {"Jeanne Morel", "Odile Marchal"}},
        {"de",
         "Startseite\nPolitik\nLIVE\n"
         "Streik bei der Bahn: Der Verkehr läuft im Westen nur langsam wieder an\n"
         "Die Gewerkschaft hat den Streik in der Nacht nach einer Einigung über die Zulagen beendet, doch bis "
         "Donnerstag fahren weniger Züge.\n"
         "Liveticker von Anna Muster und Lena Brandt\n"
         "03.03.2026, 07:02 Uhr\n"
         "12:40 Uhr\n"
         "Die ersten Züge haben den Hauptbahnhof am Morgen mit einer Stunde Verspätung verlassen, wie die Bahn "
         "mitteilte.\n"
         "11:15 Uhr\n"
         "Die Bahn kündigt für Mittwoch zwei von drei Zügen an, heißt es in einer Mitteilung des Unternehmens.\n",
         "Die Gewerkschaft hat den Streik", {"Anna Muster", "Lena Brandt"}},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.authors == r.authors);
        CHECK(a.lede.value_or("").rfind(r.lede, 0) == 0);
    }
}

TEST_CASE("a signature of initials alone", "[classify][byline][initials][head48]") {
    for (const char* line : {"J.G.", "M. B.", "J.-P.L.", "J.-P. L.", "A.M.B."}) {
        INFO(line);
        CHECK(initials_signature(line));
    }
    // (a word, an abbreviation with small letters, a single initial, a name: no such signature)
    for (const char* line : {"J.", "Jo.", "Dr. B.", "AFP", "J.G", "Jean G.", "Hr.", "(J.G.)", "J.G. avec AFP"}) {
        INFO(line);
        CHECK_FALSE(initials_signature(line));
    }
}

TEST_CASE("a signature of initials over the date line names nobody and leaves the lede",
          "[classify][byline][initials][lede][head48]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* lede;
        const char* signature;
    };
    const Row rows[] = {
        {"fr",
         "Actualité\nSport\nRennes\n"
         "Un cheval s'échappe et bloque la rocade pendant une heure\n"
         "L'animal, échappé d'un pré voisin, a finalement été rattrapé par les gendarmes et son propriétaire\n"
         "J.G.\n"
         "Publié le 09/12/26 à 11h20\n"
         "Il s'est offert une petite virée matinale. Mardi vers 7 heures, un cheval a semé la pagaille sur la "
         "rocade, dans le sens extérieur.\n"
         "Les automobilistes ont dû patienter près d'une heure, le temps que les gendarmes ramènent l'animal.\n"
         "Aucun accident n'a été signalé.\n",
         "L'animal, échappé d'un pré voisin", "J.G."},
        {"de",
         "Startseite\nLokales\nBremen\n"
         "Pferd büxt aus und legt den Ring eine Stunde lang lahm\n"
         "Das Tier war von einer Weide ausgebrochen und wurde schließlich von der Polizei und seinem Halter "
         "eingefangen\n"
         "A.M.\n"
         "09.12.2026, 11:20 Uhr\n"
         "Es hat sich einen kleinen Ausflug am Morgen gegönnt. Am Dienstag gegen 7 Uhr sorgte ein Pferd auf dem "
         "Ring für Chaos.\n"
         "Die Autofahrer mussten fast eine Stunde warten, bis die Polizei das Tier eingefangen hatte.\n"
         "Verletzt wurde niemand.\n",
         "Das Tier war von einer Weide", "A.M."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.lede.value_or("").rfind(r.lede, 0) == 0);
        CHECK(a.authors.empty());
        CHECK(test::in_boilerplate(a, r.signature));
        CHECK(a.published.has_value());
    }
}
