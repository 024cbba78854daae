// A brief of three or four short paragraphs of prose goes on in paragraphs of one short sentence, more than the three
// a longer text's close may take: "Der Bus fährt ab morgen wieder.", "La déviation sera démontée.". A live report's
// entries stand under their stamps ("14:20 Uhr", "88'"): a region holding one reads as no brief, and the old limit of
// two paragraphs holds there (region_joins.cpp brief_region()). A note on where the text was printed first stops the
// brief's run of sentences. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

const char* const de_brief =
    "Allgäuer Blatt\n"
    "Startseite\n"
    "Lokales\n"
    "Sport\n"
    "Neue Brücke über die Iller ist fertig\n"
    "Nach zwei Jahren Bauzeit rollt der Verkehr wieder.\n"
    "Von Lena Maier\n"
    "03.02.2026, 09:10 Uhr\n"
    "Die neue Brücke über die Iller ist am Montag für den Verkehr freigegeben worden, nachdem die alte Brücke vor zwei Jahren gesperrt werden musste.\n"
    "Der Bürgermeister hat das Band am Vormittag durchgeschnitten und sich bei den Anwohnern für ihre Geduld während der langen Bauzeit bedankt.\n"
    "Für Radfahrer gibt es auf beiden Seiten einen breiten Weg, der von der Fahrbahn durch eine Leitplanke getrennt ist.\n"
    "Die Kosten lagen im Rahmen.\n"
    "Der Bus fährt ab morgen wieder.\n"
    "Die Umleitung wird abgebaut.\n"
    "Die Anwohner sind erleichtert.\n"
    "Ein Fest ist im Mai geplant.\n"
    "Mehr zum Thema\n"
    "Neue Ampel am Kirchplatz\n"
    "Impressum\n"
    "Datenschutz\n";

const char* const fr_brief =
    "Le Journal du Val\n"
    "Actualité\n"
    "Région\n"
    "Sports\n"
    "Le nouveau pont sur la rivière est ouvert\n"
    "Après deux ans de travaux, la circulation reprend.\n"
    "Par Claire Roux\n"
    "3 février 2026 à 08h15\n"
    "Le nouveau pont sur la rivière a été ouvert à la circulation lundi matin, deux ans après la fermeture de l'ancien ouvrage jugé trop fragile.\n"
    "La maire a coupé le ruban en fin de matinée et a remercié les habitants pour leur patience pendant toute la durée du chantier.\n"
    "Les cyclistes disposent d'une large piste de chaque côté, séparée de la chaussée par une glissière de sécurité.\n"
    "Le budget a été respecté.\n"
    "Le bus reprendra son trajet demain.\n"
    "La déviation sera démontée.\n"
    "Les riverains sont soulagés.\n"
    "Une fête est prévue en mai.\n"
    "À lire aussi\n"
    "Les routes de montagne fermées cet hiver\n"
    "Mentions légales\n"
    "Contact\n";

// The page with a time stamp over each of its paragraphs, as a live report's entries.
std::string stamped(std::string page, std::initializer_list<std::pair<const char*, const char*>> stamps) {
    for (const auto& [stamp, start] : stamps)
        page.insert(page.find(start), std::string(stamp) + "\n");
    return page;
}

} // namespace

TEST_CASE("a brief of three short paragraphs goes on in its one-sentence paragraphs", "[region][region36]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* fourth; // the fourth short sentence under the prose, past the old limit of three
        const char* last;
        const char* box;
    };
    const Row rows[] = {
        {"de", de_brief, "Die Anwohner sind erleichtert.", "Ein Fest ist im Mai geplant.", "Neue Ampel am Kirchplatz"},
        {"fr", fr_brief, "Les riverains sont soulagés.", "Une fête est prévue en mai.",
         "Les routes de montagne fermées cet hiver"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(test::in_text(a, r.fourth));
        CHECK(test::in_text(a, r.last));
        CHECK_FALSE(test::in_text(a, r.box));
    }
}

TEST_CASE("a region of paragraphs under time stamps is no brief", "[region][region36]") {
    const Article a = parse(stamped(de_brief, {{"14:20 Uhr", "Die neue Brücke"},
                                               {"11:05 Uhr", "Der Bürgermeister hat"},
                                               {"10:30 Uhr", "Für Radfahrer"}}));
    CHECK(test::has_paragraph_starting(a, "Für Radfahrer"));
    CHECK_FALSE(test::in_text(a, "Ein Fest ist im Mai geplant."));
}

TEST_CASE("a note on where the text was printed first stops a brief's sentences", "[region][region36]") {
    std::string page = de_brief;
    const std::string last = "Ein Fest ist im Mai geplant.\n";
    page.insert(page.find(last) + last.size(), "Dieser Artikel erschien zuerst im Gemeindeblatt Kempten.\n");
    const Article a = parse(page);
    CHECK(test::in_text(a, "Ein Fest ist im Mai geplant."));
    CHECK_FALSE(test::in_text(a, "Dieser Artikel erschien zuerst im Gemeindeblatt Kempten."));
}
