// The cheap tests the classify stage asks before a costly reading of a line, against that reading itself: a gate
// turning a line away must mean the reading finds nothing in it. The metadata phase asks may_be_byline() before
// byline_authors() (classify_meta.cpp). A fast reading against the plain one it stands for: the first dash between
// spaces of a player's mark (first_spaced_dash(), match_facts.cpp).
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using archive::test::block_of;

TEST_CASE("the metadata phase's byline gate gives what byline_authors gives", "[classify][byline][speed]") {
    const std::vector<std::string> lines = {
        // bylines of each door: a phrase, a label and its colon, a small word, a phrase glued to the name
        "By Jane Roe", "Von Anna Muster und Lena Brandt", "Par Jeanne Morel", "Por Ana Costa | 03/05/2022 20:36",
        "Redaktion: Anna Muster", "Texte : Jeanne Morel", "da Mario Rossi", "ByJane Roe", "VonAnna Muster",
        "Written by Jane Roe on April 29, 2018", "Gespeichert von jroe am 3. Juni 2018", "by jroe", "von Kira",
        "BY JANE ROE", "Autorin: Łucja Żak", "Ölçer: Ayşe Kaya",
        // lines of no byline
        "The council met on Tuesday.", "Der Rat tagte am Dienstag.", "Le conseil s'est réuni mardi.",
        "Byways of the old harbour", "Vonderau opens a shop", "Parfois la mer", "Energiewende", "E-Mail",
        "3. Mai 2021", "« Par ici la sortie »", "„Von wegen“, sagt sie.", "Фото: Иван Петров",
        // edges: a lone letter, marks, a tab, a very long line
        "B", "by", "By:", ":", "…", "By\tJane Roe", std::string(3000, 'x'), "By " + std::string(400, 'a')};
    for (const std::string& line : lines)
        for (const char* language : {"en", "de", "fr", ""})
            for (const bool lone : {false, true}) {
                INFO(line << " / " << language << " / lone " << lone);
                const archive::Block b = block_of(line);
                const auto plain = archive::byline_authors(b.text, language, lone);
                const auto gated = archive::may_be_byline(b) ? archive::byline_authors(b.text, language, lone)
                                                             : std::nullopt;
                CHECK(gated == plain);
            }
}

TEST_CASE("the first dash between spaces is found where the plain search of the three dashes finds it",
          "[classify][match][speed]") {
    auto plain = [](std::string_view t) {
        std::size_t dash = std::string_view::npos;
        for (std::string_view d : {" – ", " - ", " — "})
            dash = std::min(dash, t.find(d));
        return dash;
    };
    const std::string long_line = std::string(500, 'a') + " - " + std::string(500, 'b') + " – c";
    const std::vector<std::string> lines = {
         "Rossi 7 – Sempre puntuale.", "Müller 2 - Hielt alles.", "Dupont 6 — Solide.", "Castellani (all.) 5,5 – Troppo",
          "Roe 6 -- zu spät", "Roe-Lee 6 - gut", "Roe 6 –Sicuro", "Roe 6 – ", "Roe 6 –", " - ", " – ", "-", "–", "",
          "a - b – c — d", "a — b - c", "a –– b – c", "Ölçer 8 – çok iyi", "a\xE2 – b", "a \xE2\x80 - b", "no dash here",
          long_line};
    for (const std::string& line : lines) {
        INFO(line);
        CHECK(archive::first_spaced_dash(line) == plain(line));
    }
}
