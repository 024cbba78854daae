// A labelled credit printed over its caption right under the article's last paragraph (probe52 M1): "<paragraph>." /
// "Foto: Omroep Zuidwest / Piet Jansen" / "Het Marktplein in Zwolle". Both went to the boilerplate (or the paragraph
// over the credit was taken for its caption). The title under the credit is the caption (media.cpp,
// credit_over_closing_caption()). Invented lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"

#include <algorithm>
#include <array>
#include <string>

using namespace archive;
using archive::test::has_media;

namespace {

const char* const dutch_head =
    "Omroep Zuidwest\nNieuws\n\nBetaald parkeren in het centrum\n\nGeplaatst op 05-12-2026 om 14:32\n\n"
    "De gemeenteraad heeft donderdagavond besloten dat bezoekers vanaf februari moeten betalen voor het parkeren in "
    "het centrum. Het voorstel werd met een kleine meerderheid aangenomen.\n\n"
    "Ondernemers in de binnenstad zijn boos en vrezen dat klanten naar winkelcentra buiten de stad gaan, zegt de "
    "vereniging van winkeliers.";

// A short page: `head` (site, headline, date and the text's first paragraphs), `last` (the text's last paragraph),
// then `tail`.
std::string closing_page(const std::string& head, const std::string& last, const std::string& tail) {
    return head + "\n\n" + last + "\n" + tail;
}

} // namespace

TEST_CASE("a labelled credit over a title under the article's last paragraph credits that title",
          "[media][credit][media39]") {
    // {the page's head and first paragraphs, last paragraph, credit, caption}
    const std::array<const char*, 4> rows[] = {
        {dutch_head, "De gemeente evalueert de maatregel na een jaar, beloofde de wethouder.",
         "Foto: Omroep Zuidwest / Piet Jansen", "Het Marktplein in Zwolle"},
        {"Le Courrier\nRégion\n\nLe stationnement devient payant au centre-ville\n\nPublié le 05/12/2026 à 14:32\n\n"
         "Le conseil municipal a décidé jeudi soir que les visiteurs devront payer pour se garer au centre dès "
         "février. La proposition a été adoptée de justesse.\n\nLes commerçants du centre sont en colère et "
         "craignent que les clients partent vers les zones commerciales, selon leur association.",
         "La commune évaluera la mesure dans un an, a promis l'adjoint au maire.", "Photo : Jean Roux / Le Courrier",
         "La place du Marché à Annecy"},
        {"Hafenblatt\nRegion\n\nParkieren in der Innenstadt kostet bald\n\n05.12.2026, 14.32 Uhr\n\n"
         "Der Stadtrat hat am Donnerstagabend beschlossen, dass Besucher ab Februar für das Parkieren in der "
         "Innenstadt bezahlen müssen. Der Antrag wurde knapp angenommen.\n\nDie Geschäfte in der Altstadt sind "
         "verärgert und fürchten, dass die Kunden in die Einkaufszentren abwandern, sagt ihr Verband.",
         "Die Stadt will die Massnahme nach einem Jahr überprüfen, versprach der Stadtrat.",
         "Foto: Anna Muster / Hafenblatt", "Der Marktplatz in Kiel"},
    };
    for (const auto& [head, last, credit, caption] : rows) {
        INFO(caption);
        const Article a =
            parse(closing_page(head, last, std::string(credit) + "\n" + caption + "\nMeer nieuws\nDelen:\nOver ons\n"));
        CHECK(has_media(a, caption, credit));
        // (The last paragraph stays the text's.)
        CHECK_FALSE(has_media(a, last, credit));
    }
}

TEST_CASE("no closing caption under a credit without a label, or under a line with a stop",
          "[media][credit][media39]") {
    const char* const tails[] = {
        // A name and an outlet with no label: another shape.
        "Piet Jansen / Omroep Zuidwest\nHet Marktplein in Zwolle\nMeer nieuws\n",
        // The line under the credit closed by its stop, or holding a figure: no title.
        "Foto: Omroep Zuidwest / Piet Jansen\nLees ook ons dossier over parkeren.\nMeer nieuws\n",
        "Foto: Omroep Zuidwest / Piet Jansen\nHet Marktplein in 2026\nMeer nieuws\n",
    };
    for (const char* tail : tails) {
        INFO(tail);
        const Article a = parse(
            closing_page(dutch_head, "De gemeente evalueert de maatregel na een jaar, beloofde de wethouder.", tail));
        CHECK_FALSE(std::any_of(a.media.begin(), a.media.end(), [](const Media& m) {
            return m.caption && (*m.caption == "Het Marktplein in Zwolle" || *m.caption == "Het Marktplein in 2026" ||
                                 *m.caption == "Lees ook ons dossier over parkeren.");
        }));
    }
}
