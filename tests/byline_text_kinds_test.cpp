// Table-driven tests of the kind of text a page publishes printed before its date (text_kind_word(), lexicon section
// text_kind_words): "Pressemitteilung Aktuell 02. November 2021" names no author, "Kommentar Anna Muster 3. März 2021"
// names the one after the kind, in several languages.
#include "byline_rows.hpp"

#include <tuple>

using namespace archive;

namespace {

const char* const de = "Die Fähren fuhren am Morgen später ab, weil der Wind über der Bucht stark und kalt war.";
const char* const fr = "Les bacs sont partis plus tard ce matin, car le vent soufflait fort et froid sur la baie.";
const char* const it = "I traghetti sono partiti più tardi stamattina, perché il vento soffiava forte sulla baia.";
const char* const es = "Los transbordadores salieron más tarde esta mañana, porque el viento soplaba fuerte en la bahía.";
const char* const pt = "As balsas partiram mais tarde esta manhã, porque o vento soprava forte e frio sobre a baía.";
const char* const nl = "De veerboten vertrokken vanochtend later, omdat de wind hard en koud over de baai waaide.";

} // namespace

TEST_CASE("the kind of text before a date names no author", "[classify][byline][text_kind]") {
    for (const auto& [line, sentence, lang] :
         {std::tuple{"Pressemitteilung Aktuell 02. November 2021", de, "de"},
          std::tuple{"Medienmitteilung Hafenamt | 3. März 2021", de, "de"},
          std::tuple{"Communiqué Actualités 3 mars 2021", fr, "fr"},
          std::tuple{"Comunicato Stampa 3 marzo 2021", it, "it"},
          std::tuple{"Nota Informativa | 3 de marzo de 2021", es, "es"},
          std::tuple{"Comunicado Notícias | 3 de março de 2021", pt, "pt"},
          std::tuple{"Persbericht Actueel 3 maart 2021", nl, "nl"}}) {
        INFO(line);
        const Article a = test::page_under_title(lang, "Die Fähren am Morgen", line, sentence);
        CHECK(a.authors.empty());
        CHECK(a.published.has_value());
        CHECK_FALSE(name_before_date(line));
    }
}

TEST_CASE("a name after the kind of text before a date is the author's", "[classify][byline][text_kind]") {
    for (const auto& [line, sentence, lang, name] :
         {std::tuple{"Kommentar Anna Muster 3. März 2021", de, "de", "Anna Muster"},
          std::tuple{"Chronique Jeanne Morel | 3 mars 2021", fr, "fr", "Jeanne Morel"},
          std::tuple{"Comunicado Lucía Gómez | 3 de marzo de 2021", es, "es", "Lucía Gómez"}}) {
        INFO(line);
        CHECK(name_before_date(line).value_or("") == name);
        CHECK(test::page_under_title(lang, "Die Fähren am Morgen", line, sentence).authors ==
              std::vector<std::string>{name});
    }
    // A name alone is read as before, and the kind's words are none of a name's.
    CHECK(name_before_date("Anna Muster 3. März 2021").value_or("") == "Anna Muster");
    CHECK(text_kind_word("Pressemitteilung"));
    CHECK(text_kind_word("NOTIZIE"));
    CHECK_FALSE(text_kind_word("Muster"));
    CHECK_FALSE(names_line("Comunicato Stampa"));
}
