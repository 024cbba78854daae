// Tests of the classify heuristics: the headline: title bars cut at separators, and the headline told from menus, ledes
// and captions. One row per kind of line, in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "headline.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"
#include "text.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

using archive::test::block_of;

TEST_CASE("headings and headlines have the shape of titles", "[classify][heading]") {
    for (const char* line : {"Raids aériens", "Réunion à Paris", "Kritik aus der Opposition", "What comes next",
                             "Le reazioni", "Un puerto en crisis"}) {
        INFO(line);
        CHECK(heading_like(block_of(line)));
    }
    for (const char* line : {"Il a parlé.", "Weiterlesen:", "Facebook | Twitter", "newsletter"}) {
        INFO(line);
        CHECK_FALSE(heading_like(block_of(line)));
    }
    CHECK(headline_like(block_of("The App Is Watching Me Even Though I’m Not Using It")));
    CHECK(headline_like(block_of("«Vous faites à Mossoul ce que nous faisons à Alep»")));
    CHECK(headline_like(block_of("« Les privatisations profitent aux actionnaires »")));
    CHECK(headline_like(block_of("‹Wir bleiben› sagt der Verein")));
    // Navigation between posts: "‹ Zurück", "← Older post", "Next story →".
    for (const char* line : {"‹ Zurück", "← Nebenbei bemerkt (4)", "Sommerfest im Dorf →", "« Previous article",
                             "Articolo successivo »"}) {
        INFO(line);
        CHECK_FALSE(headline_like(block_of(line)));
    }
    CHECK_FALSE(headline_like(block_of("The council voted on Monday to renovate the school.")));
}

TEST_CASE("title bars and breadcrumbs cut into pieces at free-standing separators", "[classify][headline]") {
    struct Row {
        const char* line;
        std::vector<std::string> pieces;
    };
    const Row rows[] = {
        {"Flood barriers hold in the old town | Riverside Gazette", {"Flood barriers hold in the old town", "Riverside Gazette"}},
        {"Le Courrier du Lac - Les vendanges commencent tôt", {"Le Courrier du Lac", "Les vendanges commencent tôt"}},
        {"Startseite › Region › Neue Brücke über die Aare eröffnet", {"Startseite", "Region", "Neue Brücke über die Aare eröffnet"}},
        {"Home » Ricette » Torta di mele della nonna", {"Home", "Ricette", "Torta di mele della nonna"}},
        {"Un puerto en crisis – El Diario del Sur", {"Un puerto en crisis", "El Diario del Sur"}},
        {"Kraków • Nowy most otwarty", {"Kraków", "Nowy most otwarty"}},
        // A separator opening the line, or set off by tabs.
        {"› Sport › Ein neuer Rekord am Thunersee", {"Sport", "Ein neuer Rekord am Thunersee"}},
        {"Orchard news\t::\tApple harvest starts early", {"Orchard news", "Apple harvest starts early"}},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(title_pieces(r.line) == r.pieces);
    }
    // No free-standing separator: no pieces ("Jean-Marc", "2G/3G", a dash glued to a word).
    for (const char* line : {"Jean-Marc Dupont sera candidat", "Was gilt für 2G/3G?", "Flood barriers hold",
                             "Von Bern -> nach Thun", "---- Ende der Meldung"}) {
        INFO(line);
        CHECK(title_pieces(line).empty());
    }
    CHECK(title_variant("Les vendanges commencent tôt", "Le Courrier du Lac - Les vendanges commencent tôt"));
    CHECK_FALSE(title_variant("Les vendanges", "Le Courrier du Lac - Les vendanges commencent tôt"));
    // Where the pieces stand: from a piece's first token to the end of its last, the white space kept as printed.
    using Spans = std::vector<std::pair<std::size_t, std::size_t>>;
    CHECK(title_piece_spans("Ferry news | Harbour  Weekly") == Spans{{0, 10}, {13, 28}});
    CHECK(title_piece_spans("› Sport › Rekord am See") == Spans{{4, 9}, {14, 27}});
    CHECK(title_piece_spans("Jean-Marc Dupont sera candidat").empty());
    // The last piece and all before its separator: "Title | Site", "Rubrik › Titel - Site", "Titre – Site".
    const auto suffix = title_suffix("Ferry news | Harbour  Weekly");
    REQUIRE(suffix);
    CHECK(suffix->title == "Ferry news");
    CHECK(suffix->site == "Harbour  Weekly");
    const auto three = title_suffix("Region › Brücke bleibt gesperrt - Seetaler Bote");
    REQUIRE(three);
    CHECK(three->title == "Region › Brücke bleibt gesperrt");
    CHECK(three->site == "Seetaler Bote");
    CHECK(title_suffix("Le pont de la Sorne fermé – Le Courrier de Brenval")->site == "Le Courrier de Brenval");
    // One piece (no separator, or nothing after it): no suffix.
    CHECK_FALSE(title_suffix("Jean-Marc Dupont sera candidat"));
    CHECK_FALSE(title_suffix("Ferry news |"));
    CHECK_FALSE(title_suffix("| Harbour Weekly"));
    // The separator at every place of the eight-byte steps that look for it, among spaces before letters.
    for (std::size_t k = 1; k <= 17; ++k) {
        const std::string head = "Quay " + std::string(k, 'o') + " Ferry times";
        INFO(head);
        CHECK(title_pieces(head + " | Lindholm Post") == std::vector<std::string>{head, "Lindholm Post"});
        CHECK(title_pieces(head + " of the Lindholm Post").empty());
    }
}

TEST_CASE("a final full stop may close an abbreviation of capitals", "[classify][headline]") {
    for (const char* line : {"What Winter Does Beneath N.Y.C.", "Tariffs rise again in the U.S.",
                             "Neue Regeln für die U.S.A."}) {
        INFO(line);
        CHECK(ends_with_abbreviation(line));
        CHECK(headline_like(block_of(line)));
    }
    for (const char* line : {"The mayor spoke on Monday.", "Il a parlé à 10 h.", "Siehe S."}) {
        INFO(line);
        CHECK_FALSE(ends_with_abbreviation(line));
    }
}

TEST_CASE("the headline is told from menus, standfirsts and captions", "[classify][headline]") {
    struct Row {
        const char* name;
        const char* language;
        const char* page;
        const char* headline;
    };
    const Row rows[] = {
        // A headline printed twice (heading and alt text) is not a caption.
        {"printed twice", "en", R"(Home
World
Business
Harbour cranes return to the old docks
Harbour cranes return to the old docks
By Jane Roe
Three new cranes were lifted onto the quay of the old docks on Tuesday, the port authority said, the first in forty years.
The cranes will load container barges that travel up the river to the inland terminals of the region.
)", "Harbour cranes return to the old docks"},
        // Headline, then a standfirst without final punctuation: the line above wins.
        {"standfirst below", "pt", R"(Início
Esportes
Cidade inaugura ponte sobre o rio Verde
Obra custou 12 milhões e liga os dois bairros da cidade
Compartilhar
A prefeitura inaugurou nesta segunda a nova ponte sobre o rio Verde, que liga os dois bairros da cidade.
Segundo a prefeitura, a obra custou 12 milhões e levou dois anos para ser concluída pelos operários.
)", "Cidade inaugura ponte sobre o rio Verde"},
        // A title bar repeats the headline with the site name; the menu labels around it do not count.
        {"title bar", "de", R"(Neue Brücke über die Aare eröffnet | Aargauer Bote
Startseite
Region
Sport
Kultur
Neue Brücke über die Aare eröffnet
Nach zwei Jahren Bauzeit ist die neue Brücke über die Aare am Samstag für den Verkehr freigegeben worden.
Die Brücke ersetzt einen Bau aus dem Jahr 1921, der für die heutigen Lastwagen zu schwach geworden war.
)", "Neue Brücke über die Aare eröffnet"},
        // A headline under the lead picture's caption and credit, after a date line.
        {"date above, caption below", "fr", R"(Accueil
Le journal
Publié le 3 mars 2025
Les vendanges commencent tôt en Lavaux
Un vigneron dans ses vignes au-dessus du lac.
Photo: Keystone
Les vendanges ont commencé lundi en Lavaux, deux semaines plus tôt que d'habitude à cause de la chaleur de l'été.
Les vignerons attendent une récolte de bonne qualité, mais moins abondante que celle de l'année passée.
)", "Les vendanges commencent tôt en Lavaux"},
        // A headline right over the lead picture's credit is not its caption.
        {"over a credit", "es", R"(Portada
Economía
El puerto de Rosario pierde carga por la sequía
Foto: EFE
12.03.2024
El puerto de Rosario movió este invierno un tercio menos de carga que el año pasado, según la autoridad portuaria.
La bajada del río obliga a los barcos a salir con menos peso, y las empresas buscan otras rutas hacia el mar.
)", "El puerto de Rosario pierde carga por la sequía"},
        // A teaser paragraph and a date line before the headline.
        {"teaser first", "de", R"(Startseite
Politik
Die Stadt will die alte Brücke bis zum Sommer abreissen lassen und durch einen Neubau aus Stahl ersetzen.
6. November 2023
Stadtrat will alte Brücke bis zum Sommer abreissen
Die Aussage des Stadtrats, dass die alte Brücke bis zum Sommer weichen muss, hat am Montag für Unruhe gesorgt.
Anwohner befürchten monatelange Umleitungen durch die engen Gassen der Altstadt, wenn die Brücke fehlt.
)", "Stadtrat will alte Brücke bis zum Sommer abreissen"},
        // Share buttons and tags between the headline and the article do not push it away; a heading inside
        // the article does not replace it.
        {"buttons between", "en", R"(Home
How to Stop Buying Things You Do Not Need
Jane Roe
Share to Facebook
Share to Twitter
Share to Pinterest
Filed to: money
shopping
saving money
personal finance
mind tricks
budgets
Go to permalink
Most of us end up buying a gadget now and then that sits in a drawer afterwards, and that is fine once in a while.
Understand How Shops Make You Buy Things
Shops use many tricks to make you buy more things, from the music they play to the smell of fresh bread.
Once you know the tricks, it is much easier to walk past the shelves without buying things you do not need.
)", "How to Stop Buying Things You Do Not Need"},
        // A headline printed three times (title bar, share box, related list) far above the article beats the
        // gallery caption right over it.
        {"printed three times", "en", R"(The Daily Courier
Harbour strike stalls grain exports
Sign In
Subscribe
World
Harbour strike stalls grain exports
Share on Facebook
Share on Twitter
Share via Email
Print Article
Comments
1 of 12
Full Screen
Dock workers block the gates of the grain terminal on Monday
View Photos
Dock workers at the grain terminal stopped work on Monday, and no ship has been loaded with grain since then, the port said.
The strike is about wages and the length of shifts, which the union says have grown to twelve hours at the grain terminal.
Exporters warned that the grain harvest could not be shipped in time if the strike lasted more than a week.
More stories
Harbour strike stalls grain exports
)", "Harbour strike stalls grain exports"},
        // A date line right under the headline vouches for it against a teaser line nearer the article.
        {"date under it", "pl", R"(Strona główna
Wiadomości
Nowy most na Wiśle otwarty dla kierowców
12 marca 2024
Most na Wiśle skróci dojazd kierowców do centrum miasta o kilkanaście minut
Most łączy dwie dzielnice miasta i ma skrócić dojazd do centrum o kilkanaście minut, podał urząd.
Budowa trwała trzy lata i kosztowała ponad dwieście milionów złotych, a prace zakończono przed terminem.
)", "Nowy most na Wiśle otwarty dla kierowców"},
        // A one-word title right over the article, under a menu.
        {"one word", "it", R"(Home
Chi siamo
Contatti
Ricette
Castagnaccio
Il castagnaccio è un dolce povero delle zone dell'Appennino, fatto con farina di castagne, acqua e olio.
Si cuoce in forno per circa quaranta minuti, finché la superficie non si copre di piccole crepe.
)", "Castagnaccio"},
        // The headline printed again in a list of articles, a short standfirst a few lines under it printed once.
        {"printed again, standfirst not", "de", R"(Startseite
Politik
Wahlsieg der Bürgerpartei im Kanton Bern
Teilen
Drucken
Bürgerpartei gewinnt deutlich im Kanton
Die Bürgerpartei gewinnt deutlich: Bei den Wahlen im Kanton Bern erhielt sie 48 Prozent der Stimmen, wie die Behörden mitteilten.
Die Bürgerpartei stellt damit deutlich mehr Gemeinderäte im Kanton Bern als bei den letzten Wahlen vor vier Jahren.
Weitere Artikel
Wahlsieg der Bürgerpartei im Kanton Bern
)", "Wahlsieg der Bürgerpartei im Kanton Bern"},
        {"printed again, standfirst not (pt)", "pt", R"(Início
Cidades
Inauguração da ponte nova no bairro Verde
Compartilhar
Imprimir
Ponte nova custou doze milhões
A ponte nova custou doze milhões e liga agora os dois lados do bairro Verde, informou a prefeitura nesta segunda.
Segundo a prefeitura, a ponte nova que custou doze milhões deve receber dez mil carros por dia no bairro Verde.
Mais lidas
Inauguração da ponte nova no bairro Verde
)", "Inauguração da ponte nova no bairro Verde"},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        Article a = classify(segment(r.page), r.language);
        CHECK(a.headline == r.headline);
        for (const auto& m : a.media)
            CHECK(m.caption != std::optional<std::string>(r.headline));
    }
}

TEST_CASE("a one-word label in capitals over the article is no one-word title", "[classify][headline]") {
    struct Row {
        const char* lang;
        const char* page;
    };
    const Row rows[] = {
        {"en", R"(ENVIRONMENT
Goats ate every tree on the island for a century, and the rangers removed the last of them two years ago.
Since then, seedlings have come back on the northern slopes, and the first birds are nesting again in the cliffs.
)"},
        {"de", R"(POLITIK
Der Gemeinderat hat am Montag beschlossen, die alte Brücke über den Fluss im kommenden Jahr abzureißen.
Die neue Brücke soll zwei Jahre später fertig sein und auch einen breiten Weg für Fußgänger erhalten.
)"},
        {"es", R"(CULTURA
El museo de la ciudad reabrió el lunes después de dos años de obras en sus salas y en su nuevo jardín.
Las obras costaron más de lo previsto y el ayuntamiento tuvo que votar un segundo crédito en la primavera.
)"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK_FALSE(a.headline);
    }
}

TEST_CASE("a free-standing separator is found at every place of a line, whatever the step that reads it",
          "[classify][headline]") {
    // The separators are sought sixteen bytes a step: each one at each place of the first steps and of the tail read
    // byte by byte, after a space or a tab; a separator glued to a word, or a longer run of marks, is none.
    const char* separators[] = {"|", "-", "–", "—", "•", "·", "»", "›", ">", "/", "::", "~", "*"};
    for (const char* sep : separators)
        for (std::size_t k = 0; k <= 40; ++k)
            for (const char* gap : {" ", "\t"}) {
                const std::string head = "Gull " + std::string(k, 'e') + " “Tide” ’s";
                const std::string line = head + gap + sep + " Lindholm Post";
                INFO(line);
                CHECK(any_title_separator(line));
                CHECK(any_title_separator(head + gap + sep));                  // the line's last token
                CHECK_FALSE(any_title_separator(head + gap + sep + "Post"));    // glued to the word after it
                CHECK_FALSE(any_title_separator(head + sep + " Lindholm Post")); // glued to the word before it
            }
    for (const char* line : {"Quai des brumes —— ein Film", "Hafen ---- Ende", "Den Kai: hier entlang",
                             "„Die Fähre“ fährt – wieder?", "Whose tide is it anyway? Ask the gulls, again and again"}) {
        INFO(line);
        CHECK(any_title_separator(line) == !title_pieces(line).empty());
    }
    CHECK_FALSE(any_title_separator("Hafen ---- Ende"));
    CHECK(any_title_separator("„Die Fähre“ fährt – wieder?"));
}

TEST_CASE("the portable search for a title separator answers as the sixteen-byte one", "[classify][headline]") {
    // Each separator's bytes, white space and letters at every place of lines of 0 to 40 bytes, read by both forms:
    // the steps of sixteen bytes (SSE2), of eight and the tail byte by byte must agree wherever a token falls.
    const std::string pieces[] = {" ", "\t", "\n", "a", "Z", "7", "|", "-", "–", "—", "•", "·", "»", "›", ">", "/",
                                  ":", "::", "~", "*", "é", "“", "\xE2", "\xC2", "\x80",
                                  // (bytes the sixteen-byte step's wider masks let through, for the exact check)
                                  ",", ".", ";", "<", "=", "?", "+", "}", "\x7F", "\r", "\x01", "\xC3", "\xE3"};
    std::uint32_t state = 12345;
    auto draw = [&state](std::size_t n) {
        state = state * 1664525u + 1013904223u;
        return static_cast<std::size_t>(state >> 8) % n;
    };
    std::size_t disagree = 0, found = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string line;
        const std::size_t least = draw(41);
        while (line.size() < least)
            line += draw(3) == 0 ? pieces[draw(std::size(pieces))] : std::string(1, static_cast<char>('a' + draw(26)));
        const bool fast = any_title_separator(line), portable = any_title_separator_portable(line);
        found += fast ? 1 : 0;
        if (fast != portable && ++disagree <= 5)
            FAIL_CHECK("line of " << line.size() << " bytes: " << fast << " != " << portable);
    }
    CHECK(disagree == 0);
    CHECK(found > 200); // (the lines drawn hold free-standing separators, and lines without)
    CHECK(found < 19000);
    CHECK(any_title_separator_portable("Lindholm Post | Harbour news of the week"));
    CHECK_FALSE(any_title_separator_portable("Hafen ---- Ende, eine lange Zeile ohne Trenner"));
}
