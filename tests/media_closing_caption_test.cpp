// A picture closing the text, printed after it as CMS pages do (probe66 M1): "<paragraph>." / "<caption>." /
// "Bild: <source>", or with the picture's button over the caption and the copyright sign as the credit's label. The
// caption stayed the body's last paragraph (or a section under "Bild vergrößern") and the credit went to the
// boilerplate (media.cpp, closing_caption_over_credit()). Invented lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"

#include <array>
#include <string>

using namespace archive;
using archive::test::has_media;
using archive::test::in_body;

namespace {

// A town's or a firm's short release: `head` (site, headline, date and the text's first paragraphs), then `tail`
// (the closing lines and the footer).
std::string release(const std::string& head, const std::string& tail) { return head + "\n" + tail; }

const char* const german_head =
    "Stadt Musterau\nRathaus\nAktuelles\n\nNeues Lager für den Bauhof eröffnet\n\n"
    "Pressemitteilung vom 02.12.2026\n\n"
    "Der städtische Bauhof hat am Montag sein neues Lager am Stadtrand bezogen. Auf rund 900 Quadratmetern finden "
    "dort Streugut, Fahrzeuge und Werkzeuge Platz.\n\n"
    "Bisher waren die Geräte auf drei Standorte verteilt, was lange Wege und viel Abstimmung bedeutete. Mit dem "
    "Neubau sind diese Zeiten vorbei, und der Winterdienst kann schneller ausrücken.\n"
    "Die Arbeiten dauerten gut ein Jahr und blieben im geplanten Kostenrahmen der Stadt.\n";

const char* const english_head =
    "Harbour Council\nNews\n\nNew depot opens for the road crews\n\nPublished 2 December 2026\n\n"
    "The council's road crews moved into their new depot on the edge of town on Monday. The building holds the "
    "gritters, the salt store and the workshop under one roof.\n\n"
    "Until now the vehicles were spread over three yards, which meant long drives and a lot of planning. With the "
    "new building the winter service can leave faster on cold mornings.\n"
    "The work took just over a year and stayed within the budget the council had set.\n";

const char* const french_head =
    "Ville de Lorval\nActualités\n\nUn nouveau dépôt pour les services techniques\n\nPublié le 02/12/2026\n\n"
    "Les services techniques de la ville ont pris possession lundi de leur nouveau dépôt en périphérie. Le "
    "bâtiment réunit les saleuses, le stock de sel et l'atelier sous un même toit.\n\n"
    "Jusqu'ici, les véhicules étaient répartis sur trois sites, ce qui imposait de longs trajets et beaucoup "
    "d'organisation. Le déneigement pourra désormais partir plus vite les matins de gel.\n"
    "Les travaux ont duré un peu plus d'un an et sont restés dans le budget prévu par la ville.\n";

} // namespace

TEST_CASE("a caption and its labelled credit closing the text are the picture's, not the text's",
          "[media][credit][closing_caption]") {
    // {the page's head, caption, credit, the footer under them}
    const std::array<const char*, 4> rows[] = {
        {german_head, "Das neue Lager am Stadtrand von Musterau.", "Foto: Stadt Musterau",
         "Weitere Meldungen\nImpressum\nDatenschutz\n"},
        {german_head, "Blick in die neue Fahrzeughalle des Bauhofs.", "\u00a9 Stadt Musterau",
         "Ansprechpartner\nImpressum\nDatenschutz\n"},
        {english_head, "The new depot on its first morning of service.", "Photo: Harbour Council",
         "More news\nContact us\nPrivacy\n"},
        {french_head, "Le nouveau dépôt au premier matin de service.", "Photo : Ville de Lorval",
         "Autres actualités\nContact\nMentions légales\n"},
    };
    for (const auto& [head, caption, credit, footer] : rows) {
        INFO(caption);
        const Article a = parse(release(head, std::string(caption) + "\n" + credit + "\n" + footer));
        CHECK(has_media(a, caption, credit));
        CHECK_FALSE(in_body(a, caption));
    }
}

TEST_CASE("a picture's button over a closing caption goes with the picture, no section heading",
          "[media][credit][closing_caption]") {
    const std::array<const char*, 4> rows[] = {
        {german_head, "Bild vergrößern", "Das neue Lager am Stadtrand von Musterau.", "\u00a9 Stadt Musterau"},
        {english_head, "View image", "The new depot on its first morning of service.", "Photo: Harbour Council"},
    };
    for (const auto& [head, button, caption, credit] : rows) {
        INFO(caption);
        const Article a = parse(release(head, std::string(button) + "\n" + caption + "\n" + credit + "\nImpressum\n"));
        CHECK(has_media(a, caption, credit));
        CHECK_FALSE(in_body(a, caption));
        for (const Section& s : a.sections)
            CHECK(s.heading.value_or("") != button);
    }
}

TEST_CASE("no closing caption over a rights notice, nor a closing sentence reporting words",
          "[media][credit][closing_caption]") {
    // {the page's head, the text's last line, the line under it}
    const std::array<const char*, 3> rows[] = {
        // A rights notice under the copyright sign names nobody: no credit.
        {german_head, "Die offizielle Eröffnung folgt im Frühjahr.", "\u00a9 Alle Rechte vorbehalten"},
        {english_head, "The official opening follows in the spring.", "\u00a9 All rights reserved"},
        // A sentence reporting someone's words is the text's.
        {german_head, "Das spare viel Zeit, sagte der Leiter des Bauhofs.", "Foto: Stadt Musterau"},
    };
    for (const auto& [head, last, under] : rows) {
        INFO(last);
        const Article a = parse(release(head, std::string(last) + "\n" + under + "\nImpressum\nDatenschutz\n"));
        CHECK_FALSE(has_media(a, last));
        CHECK(in_body(a, last));
    }
}
