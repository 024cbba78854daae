// A clipper's Markdown export ("# <title>" / "> ## Excerpt" / "> <standfirst>" / "---" / <text>, MarkDownload's
// layout): the standfirst under its label is the lede and the label boilerplate, whether the export keeps the English
// label ("Excerpt" on a German, French or Italian page) or translates it ("Extrait", "Auszug"). The label over two
// words with no stop is no standfirst's; a topic's word over the title stays the kicker. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline_rows.hpp"
#include "rows.hpp"
#include "sections_parts.hpp"

#include <algorithm>
#include <string>

using archive::test::block_of;

namespace {

const char* const de_markdown = R"(# Neue Brücke über die Sarn soll 2028 fertig sein

> ## Excerpt
> Die Stadt Kellbach hat den Auftrag für die neue Fußgängerbrücke vergeben. Der Bau beginnt im Frühjahr.

---

Die neue Brücke über die Sarn soll im Herbst 2028 eröffnet werden. Das teilte die [Stadtverwaltung](https://kellbach.example/presse) am Montag mit.

Die Kosten werden auf 14 Millionen Euro geschätzt. Das Land übernimmt rund die Hälfte davon, wie Bürgermeisterin Petra Aschauer erklärte.

Anwohner hatten sich in einer [Petition](https://petition.example/sarn) für einen raschen Neubau eingesetzt.

Die [Bauarbeiten](https://kellbach.example/bau) sollen im März beginnen. Der Uferweg bleibt teilweise gesperrt.
)";

const char* const fr_markdown = R"(# À Valmorne, la médiathèque rouvre après deux ans de travaux

> ## Extrait
> Fermée depuis 2024, la médiathèque municipale accueille de nouveau le public ce samedi, avec un espace jeunesse agrandi.

---

La [médiathèque de Valmorne](https://valmorne.example/mediatheque) a rouvert ses portes samedi matin, après deux ans de travaux.

Le bâtiment, construit dans les années 1970, a été entièrement rénové, avec l'aide de la [région](https://region.example/).

« Nous voulions un lieu ouvert à tous, du matin au soir », a expliqué la maire, Hélène Castagnet.

Une [fête d'inauguration](https://valmorne.example/agenda) est prévue le 20 décembre, avec des lectures et un concert.
)";

const char* const it_markdown = R"(# Torre di Valsecca, riapre il museo civico dopo il restauro

> ## Excerpt
> Dopo tre anni di lavori il museo torna visitabile da domenica. Nuove sale dedicate alla storia della lana.

La riapertura del [museo civico](https://museo.example/) di Torre di Valsecca è fissata per domenica mattina.

Il restauro ha riguardato il tetto, gli impianti e le sale espositive del secondo piano.

Le nuove sale raccontano la storia delle [filande](https://filande.example/) della valle.

Sono previste [visite guidate](https://museo.example/visite) ogni sabato pomeriggio, a partire dal mese prossimo.
)";

// (The label over a line of two words, no standfirst: a video's or a gallery's flag.)
const char* const en_markdown_flag = R"(# Ferry service to Mallow Island resumes next spring

> ## Excerpt
> Watch video

---

The [harbour board](https://harbour.example/board) has approved a new ferry route linking the town with Mallow Island.

The service will run four times a day from April, using a vessel bought from an [operator](https://ferry.example/) in the north.

"This is the link islanders have been asking for," said councillor Ruth Penhale after the [vote](https://harbour.example/vote).

Work on the pier will begin in January and is expected to take ten weeks.
)";

} // namespace

TEST_CASE("a clipper's standfirst under its label is the lede, the label boilerplate", "[head92][lede][markdown]") {
    const archive::test::HeadRow rows[] = {
        {de_markdown, "", "Neue Brücke über die Sarn soll 2028 fertig sein",
         "Die Stadt Kellbach hat den Auftrag für die neue Fußgängerbrücke vergeben. Der Bau beginnt im Frühjahr."},
        {fr_markdown, "", "À Valmorne, la médiathèque rouvre après deux ans de travaux",
         "Fermée depuis 2024, la médiathèque municipale accueille de nouveau le public ce samedi, avec un espace "
         "jeunesse agrandi."},
        {it_markdown, "", "Torre di Valsecca, riapre il museo civico dopo il restauro",
         "Dopo tre anni di lavori il museo torna visitabile da domenica. Nuove sale dedicate alla storia della lana."},
        // (A topic's word over the title, a Markdown export's first line, is still the kicker.)
        {std::string("Verkehr\n") + de_markdown, "Verkehr", "Neue Brücke über die Sarn soll 2028 fertig sein",
         "Die Stadt Kellbach hat den Auftrag für die neue Fußgängerbrücke vergeben. Der Bau beginnt im Frühjahr."},
        {std::string("Cultura\n") + it_markdown, "Cultura",
         "Torre di Valsecca, riapre il museo civico dopo il restauro",
         "Dopo tre anni di lavori il museo torna visitabile da domenica. Nuove sale dedicate alla storia della lana."},
        // (The label over two words that no stop closes: no standfirst.)
        {en_markdown_flag, "", "Ferry service to Mallow Island resumes next spring", ""},
    };
    archive::test::check_heads(rows);
    const archive::Article a = archive::parse(de_markdown, "x");
    CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), "Excerpt") != a.boilerplate.end());
    // (Translated by the clipper, the label is the page's language's.)
    const archive::Article de = archive::parse(
        std::string(de_markdown).replace(std::string(de_markdown).find("Excerpt"), 7, "Auszug"), "x");
    CHECK(de.lede.value_or("") ==
          "Die Stadt Kellbach hat den Auftrag für die neue Fußgängerbrücke vergeben. Der Bau beginnt im Frühjahr.");
}

TEST_CASE("a standfirst's label is a whole short line of the list", "[head92][lede]") {
    for (const char* line : {"Excerpt", "Extrait", "Auszug", "Estratto", "Extracto", "Excerpt:", "EXCERPT"}) {
        INFO(line);
        CHECK(archive::standfirst_label(block_of(line)));
    }
    for (const char* line : {"Excerpt from the novel", "Auszug aus dem Roman von Lea Brandt", "Extraits",
                             "Excerpt 2", "Extrait.", "Sommario"}) {
        INFO(line);
        CHECK_FALSE(archive::standfirst_label(block_of(line)));
    }
}
