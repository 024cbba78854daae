// Table-driven tests of the newsroom's word standing anywhere among a byline's words (desk_piece(), desk_word()): a
// desk signs the text, no person, in several languages; a person's name before a job title keeps its words.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"
#include "pipeline.hpp"
#include "text.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("a newsroom's word after the byline's first word signs with a desk", "[classify][byline][desk]") {
    // The newsroom's word closes or stands inside the piece, or closes a compound of the desk's name: the desk as
    // printed is the byline's one name (the gold bylines keep desks so), no person's.
    for (const auto& [line, lang, desk] :
         {std::tuple{"Por Equipe Redação", "pt", "Equipe Redação"},
          std::tuple{"Von Hafenblatt-Redaktion Nord", "de", "Hafenblatt-Redaktion Nord"},
          std::tuple{"Von Lokalredaktion Lorval", "de", "Lokalredaktion Lorval"},
          std::tuple{"By Metro Desk", "en", "Metro Desk"},
          std::tuple{"Par Équipe Rédaction Web", "fr", "Équipe Rédaction Web"},
          std::tuple{"Door Team Redactie", "nl", "Team Redactie"},
          std::tuple{"di Squadra Redazione Web", "it", "Squadra Redazione Web"},
          std::tuple{"Autor: Zespół Redakcja", "pl", "Zespół Redakcja"}}) {
        INFO(line);
        CHECK(byline_authors(line, lang) == Names(std::vector<std::string>{desk}));
    }
    // A person's name is still read, and a desk after a joiner ends the names.
    for (const auto& [line, lang, name] :
         {std::tuple{"Por Ana Souza e Equipe Redação", "pt", "Ana Souza"},
          std::tuple{"Von Anna Muster und Lokalredaktion", "de", "Anna Muster"},
          std::tuple{"By Jane Roe and Metro Desk", "en", "Jane Roe"}, std::tuple{"Por Lucía Gómez", "es", "Lucía Gómez"}}) {
        INFO(line);
        CHECK(byline_authors(line, lang) == Names(std::vector<std::string>{name}));
    }
}

TEST_CASE("a desk's piece tells a newsroom from a name before a job title", "[classify][byline][desk]") {
    auto words = [](const char* s) { return text::split_ws(s); };
    CHECK(desk_piece(words("Harbour Post Desk")) == std::optional<std::size_t>(0));
    CHECK(desk_piece(words("Redaktion Hafenblatt")) == std::optional<std::size_t>(0));
    CHECK(desk_piece(words("Equipe Redação")) == std::optional<std::size_t>(0));
    // A job title's word after the newsroom's: the name before it is a person's.
    CHECK(desk_piece(words("Jane Roe Desk Editor")) == std::optional<std::size_t>(2));
    CHECK(desk_piece(words("Anna Muster Sportredaktion Korrespondentin")) == std::optional<std::size_t>(2));
    CHECK_FALSE(desk_piece(words("Jane Roe")));
    CHECK_FALSE(desk_piece(words("Redaktion")));
    CHECK(desk_word("Sportredaktion"));
    CHECK(desk_word("redazione,"));
    CHECK_FALSE(desk_word("Desktop"));
    CHECK_FALSE(desk_word("Redakteurin"));
}

TEST_CASE("a newsroom's name alone under the headline is no author", "[classify][byline][desk]") {
    for (const auto& [lang, under] : {std::pair{"pt", "Redação Costeira"},
                                      std::pair{"en", "Harbour Desk"}, std::pair{"nl", "Redactie Haven"}}) {
        const std::string s = "The lanterns of the old fishing boats were lit one after the other along the quay.";
        const std::string page = std::string("Harbour Notes\nHome | Town | Sport\n\nLanterns on the quay tonight\n") +
                                 under + "\n\n" + s + "\n" + s + " " + s + "\n" + s + "\n\nShare this article\n";
        INFO(page);
        CHECK(classify(segment(page), lang).authors.empty());
        CHECK_FALSE(names_line(under));
    }
    CHECK(names_line("Anna Muster"));
}
