// media102: the short labels of a picture's credit ("(Ph. MAP)", "Phot. Harbour Press", "Ph : Karim Alaoui") closing
// a caption, and the labels of a picture's rights holder ("Bildrechte:", "Bildnachweis:", "Image rights:") on the line
// under it, read as the picture's credit (lexicon section credit_prefixes). Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "credit_rows.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <string_view>
#include <vector>

using namespace archive;

TEST_CASE("a caption closed by a short photo label and its credit is split", "[credits][media102]") {
    test::check_splits({
        {"La cérémonie d'ouverture du nouveau quai, lundi à Sète. (Ph. MAP)",
         "La cérémonie d'ouverture du nouveau quai, lundi à Sète.", "(Ph. MAP)"},
        {"Le maire et le préfet devant le nouveau quai, mardi matin. (Ph. Lucien Varenne)",
         "Le maire et le préfet devant le nouveau quai, mardi matin.", "(Ph. Lucien Varenne)"},
        {"Passengers board the first morning sailing at Kelby Point on Monday. (Phot. Jane Roe)",
         "Passengers board the first morning sailing at Kelby Point on Monday.", "(Phot. Jane Roe)"},
        {"Passengers board the first morning sailing at Kelby Point on Monday. Phot. Harbour Press",
         "Passengers board the first morning sailing at Kelby Point on Monday.", "Phot. Harbour Press"},
        {"Der neue Steg am Hafen von Talheim am Montag. Bildrechte: Hafenblatt/Jonas Weller",
         "Der neue Steg am Hafen von Talheim am Montag.", "Bildrechte: Hafenblatt/Jonas Weller"},
        {"An architect's drawing of the new library on Quay Street. Image rights: Ashby Architects",
         "An architect's drawing of the new library on Quay Street.", "Image rights: Ashby Architects"},
    });
    // Near misses: "pH" and "Ph. D." of a chemist's text, a sentence going on after the abbreviation, no credit.
    for (const char* line : {"Le pH de l'eau du port est remonté à 8,1 en novembre.",
                             "The samples were tested by Ph. D. students from the harbour laboratory on Monday.",
                             "Die Rechte an dem Steg liegen seit Jahren bei der Gemeinde Talheim."}) {
        INFO(line);
        CHECK_FALSE(split_trailing_credit(std::string_view(line)));
    }
}

TEST_CASE("a picture's rights label alone on its line is a credit", "[credits][media102]") {
    const test::NoticeRow rows[] = {
        {"Bildrechte: BR/Andrea Muster", true},
        {"Bildnachweis: Stadtarchiv Talheim", true},
        {"Image rights: Harbour Trust", true},
        {"Picture rights: Jane Roe/Harbour Press", true},
        {"Ph : Karim Alaoui", true},
        {"(Ph. MAP)", true},
        // Near misses: the topic's heading and the sentence that open with a label's words, no credit's label.
        {"Droits : ce que change la réforme des loyers", false},
        {"Rechte und Pflichten der Mieter", false},
        {"Image rights are a matter for the courts, the judge said on Monday.", false},
        {"Ph.D. students from the harbour laboratory tested the water samples on Monday.", false},
    };
    test::check_notices(rows, is_credit_line);
}

TEST_CASE("a caption over a rights label's credit is the picture's, not the body's", "[credits][media102]") {
    const test::PageRow rows[] = {
        {"de", R"(Gemeinde Talheim baut neue Brücke über die Lauter

Die alte Holzbrücke war seit dem Sommer gesperrt. Bis Herbst 2027 soll der Neubau stehen.

Die gesperrte Holzbrücke über die Lauter bei Talheim.

Bildrechte: Hafenblatt/Jonas Weller

Die Gemeinde Talheim will die gesperrte Holzbrücke über die Lauter durch einen Neubau aus Stahl ersetzen. Das hat der Gemeinderat am Montagabend beschlossen.

Die Kosten liegen nach Angaben der Verwaltung bei rund 1,8 Millionen Euro. Einen Teil übernimmt der Landkreis.
)",
         "Bildrechte: Hafenblatt/Jonas Weller"},
        {"en", R"(Council approves new library for Kelby Point

The two-storey building will replace the old reading room on Quay Street.

An architect's drawing of the new library on Quay Street.

Image rights: Ashby Reed Architects

The county council approved plans for a new library at Kelby Point on Monday evening, ending two years of debate over the old reading room on Quay Street.

The building will cost about 6 million dollars and open in 2028, the council said on Monday evening.
)",
         "Image rights: Ashby Reed Architects"},
        {"fr", R"(Sète : le nouveau quai des chalutiers inauguré après deux ans de travaux

Le chantier, d'un coût de 14 millions d'euros, doit accueillir une flotte de quarante bateaux dès le printemps.

Le maire de Sète et le préfet devant le nouveau quai, mardi matin. (Ph. Lucien Varenne)

Le nouveau quai des chalutiers du port de Sète a été inauguré mardi en présence du préfet et des représentants de la prud'homie des pêcheurs.

Les travaux, commencés en octobre 2024, ont permis d'allonger l'ouvrage de 120 mètres et d'installer une nouvelle criée.
)",
         "(Ph. Lucien Varenne)"},
    };
    for (const test::PageRow& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(test::credits_of(a) == std::vector<std::string>{r.line});
        CHECK(test::paragraphs_of(a).size() == 2); // (neither the caption nor its credit is a paragraph)
    }
}
