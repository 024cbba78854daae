// A page of short items ("En bref", "Kurz gemeldet"): the page's title over its date line is the headline, and the
// first item's title ("Gembloux : un nouveau parking ...", a place's label and its colon, over a line of text, as the
// items under it) heads the first section (probe7 kind 6). The base took the first item's title for the headline and
// left the page's title in the boilerplate. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* label;
    const char* headline;
    const char* date;
    const char* items[3][2]; // title, text
};

std::string page_of(const Row& r) {
    std::string page = std::string("Accueil\n\nRégions\n\nSports\n\n") + r.label + "\n\n" + r.headline + "\n\n" +
                       r.date + "\n\n";
    for (const auto& item : r.items)
        page += std::string(item[0]) + "\n\n" + item[1] + "\n\n";
    return page + "Partager\n\nLes plus lus\n";
}

} // namespace

TEST_CASE("a page of short items: its title is the headline, the first item's title a heading",
          "[headline][probe7]") {
    const Row rows[] = {
        {"fr", "En bref", "Les brèves de la province du mercredi 3 décembre", "Publié le 03/12/2026 à 17:45",
         {{"Gembloux : un nouveau parking de délestage à la gare",
           "Un parking de 220 places ouvrira lundi à proximité de la gare, a annoncé la compagnie ferroviaire. Il "
           "sera gratuit pour les abonnés. (Belga)"},
          {"Ciney : la foire aux sapins déplacée",
           "En raison des travaux sur la place centrale, la traditionnelle foire aux sapins se tiendra cette année "
           "sur le parking du hall des sports. (jmh)"},
          {"Couvin : un cycliste blessé sur la nationale",
           "Un cycliste de 54 ans a été grièvement blessé mardi soir après avoir été percuté par une camionnette à la "
           "sortie du village. (Belga)"}}},
        {"de", "Kurz gemeldet", "Die Meldungen aus dem Bezirk vom Mittwoch, 3. Dezember", "03.12.2026, 17.45 Uhr",
         {{"Meilen: Neuer Parkplatz beim Bahnhof",
           "Beim Bahnhof entstehen bis im Frühling 220 neue Parkplätze, wie die Gemeinde am Dienstag mitteilt. Für "
           "Pendler mit einem gültigen Abonnement der Bahn sind sie während der ersten zwei Jahre gratis."},
          {"Küsnacht: Christbaumverkauf zieht um",
           "Wegen der Bauarbeiten auf dem Dorfplatz findet der traditionelle Christbaumverkauf dieses Jahr auf dem "
           "Parkplatz der Turnhalle statt, und zwar am zweiten und dritten Adventswochenende."},
          {"Erlenbach: Velofahrer schwer verletzt",
           "Ein 54-jähriger Velofahrer ist am Dienstagabend am Dorfausgang von einem Lieferwagen erfasst und schwer "
           "verletzt worden, teilt die Kantonspolizei mit. Der Fahrer blieb auf der Unfallstelle."}}},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.headline);
        const Article a = parse(page_of(r));
        CHECK(a.headline == std::optional<std::string>(r.headline));
        CHECK(a.kicker == std::optional<std::string>(r.label));
        const std::vector<std::string> headings = test::headings_of(a);
        REQUIRE(headings.size() == 3);
        CHECK(headings.front() == r.items[0][0]);
    }
}

TEST_CASE("a headline with a label's colon over a text with labelled headings stays the headline",
          "[headline][probe7]") {
    // The article's headline opens with a label, and its text has headings with labels further down, not one line
    // of text each right under it: no page of short items.
    const std::string page =
        "Startseite\n\nPolitik\n\nMedienbericht: Bund und Länder planen eine Verlängerung des Lockdowns\n\n20.03.2026, "
        "15:00 Uhr\n\nDie steigenden Infektionszahlen und der anstehende Osterurlaub setzen die Regierung unter Druck. "
        "Am Montag wollen Bund und Länder über das weitere Vorgehen beraten.\n\nLaut einem Medienbericht droht ein "
        "weiterer Lockdown von vier Wochen, Schulen und Geschäfte sollen aber offen bleiben.\n\nCorona-Regeln: Bund "
        "und Länder treten auf die Bremse\n\nWie aus Regierungskreisen verlautet, soll der geplante Öffnungsschritt "
        "verschoben werden, bis die Impfungen weiter fortgeschritten sind.\n\nImpfgipfel: Treffen auf Freitag "
        "verschoben\n\nNoch handelt es sich um Mutmassungen, wie es weitergeht, entscheidet sich erst am Montag.\n";
    const Article a = parse(page);
    CHECK(a.headline == std::optional<std::string>("Medienbericht: Bund und Länder planen eine Verlängerung des "
                                                   "Lockdowns"));
}
