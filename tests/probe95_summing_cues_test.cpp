// probe95: the verbs of summing up and spelling out as cues after a quote (pt "resumiu", "detalhou", it "riassume",
// pl "podsumował", beside es "resumió" listed before), and the near misses: the same verbs with no quote and no
// "that" report nothing. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a verb of summing up after a quote names its speaker", "[quotes][probe95]") {
    check_only_quotes(
        {
            {"pt",
             "\u201CÉ um problema bom de ter, mas é um problema\u201D, resumiu a presidente da Coopcafé, Rita Moura.",
             "É um problema bom de ter, mas é um problema", "resumiu", "a presidente da Coopcafé, Rita Moura"},
            {"pt", "\u201CA obra começa em março e acaba em junho\u201D, detalhou o engenheiro Paulo Sena.",
             "A obra começa em março e acaba em junho", "detalhou", "o engenheiro Paulo Sena"},
            {"it", "\u00ABAbbiamo fatto tutto il possibile\u00BB, riassume il sindaco Paolo Neri.",
             "Abbiamo fatto tutto il possibile", "riassume", "il sindaco Paolo Neri"},
            {"pl", "\u201EHarmonogram jest napięty, ale realny\u201D \u2013 podsumował wójt Jan Lisowski.",
             "Harmonogram jest napięty, ale realny", "podsumował", "wójt Jan Lisowski"},
            {"es", "\u00ABEs un problema bueno, pero es un problema\u00BB, resumió la presidenta, Rosa Pardo.",
             "Es un problema bueno, pero es un problema", "resumió", "la presidenta, Rosa Pardo"},
        },
        QuoteKind::direct);
}

TEST_CASE("a verb of summing up with no quote and no clause reports nothing", "[quotes][probe95]") {
    for (const auto& [lang, paragraph] :
         {std::pair{"pt", "O relatório resume em duas páginas os números do ano passado."},
          std::pair{"it", "La scheda riassume le tappe del cantiere in dieci punti."},
          std::pair{"pl", "Raport podsumowuje wyniki ankiety przeprowadzonej wśród mieszkańców."}}) {
        INFO(paragraph);
        CHECK(extract_quotes(page(lang, "", {paragraph})).empty());
    }
}
