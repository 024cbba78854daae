// Quotes of fr, de, en, it, es and pt pages (quotes127): a short reported clause whose verb in the singular no list
// holds, a particle of one language inside a name, another paper than the page's own named beside a verb of writing,
// a building's name holding no role, and a German subject after its verb before the quote.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

// (a named namespace: the file may be compiled on its own, tests/CMakeLists.txt, and leaves the batches of the others)
namespace quotes127 {

// The quote of `text` in the paragraphs `paragraphs` of a `lang` page, checked present; its speaker, or "" for none.
std::string speaker_of(const std::string& lang, const std::vector<std::string>& paragraphs, const std::string& text) {
    const auto qs = extract_quotes(page(lang, "", paragraphs));
    const Quote* q = quote_of(qs, text);
    REQUIRE(q != nullptr);
    return q->speaker.value_or("");
}

// The paragraph `paragraph` in `lang` quotes nothing whose text is `text`.
void check_no_quote_of(const std::string& lang, const std::string& paragraph, const std::string& text) {
    INFO(paragraph);
    CHECK(quote_of(extract_quotes(page(lang, "", {paragraph})), text) == nullptr);
}

} // namespace quotes127

using namespace quotes127;

// "Maria das Dores Silva elogiou a decisão": pt's "das" is a name's particle ([language_name_particle_words] of
// pt.txt, page_particle), which common.txt's list leaves out: German's "das" is an article.
TEST_CASE("a particle of the page's language joins the name", "[quotes][quotes127]") {
    check_quotes({
        {"pt", {"Maria das Dores Silva elogiou a decisão: «É uma vitória para quem vive aqui há décadas.»"},
         "É uma vitória para quem vive aqui há décadas.", "Maria das Dores Silva"},
        {"pt", {"«É uma vitória para o bairro», disse Maria das Dores Silva aos jornalistas."},
         "É uma vitória para o bairro", "Maria das Dores Silva"},
        // (near misses: the particles of the common list, as before)
        {"pt", {"«É uma vitória para o bairro», disse Maria de Souza aos jornalistas."},
         "É uma vitória para o bairro", "Maria de Souza"},
        {"es", {"«Es una victoria para el barrio», dijo María de los Ángeles Ruiz."},
         "Es una victoria para el barrio", "María de los Ángeles Ruiz"},
        {"en", {"\"It is a victory for the neighbourhood,\" said Anna Das, who lives on the square."},
         "It is a victory for the neighbourhood", "Anna Das"},
    });
    // (near miss: German's "das" between two capitalised words is an article, no name's particle)
    for (const auto& q : extract_quotes(page("de", "", {"„Das ist ein Sieg für das Quartier“, sagte Peter das Buch "
                                                        "in die Hand gedrückt bekam."})))
        CHECK(q.speaker.value_or("").find("das") == std::string::npos);
}

// "dijo que escasea personal.", "disse que chega tempo.", "ha detto che scarseggia acqua.": a short reported clause
// whose verb no list holds, told by a third person's present ending right after "that" before a bare noun
// (singular_verb_first).
TEST_CASE("a short reported clause told by its verb's ending", "[quotes][quotes127]") {
    check_quotes({
        {"es", {"El concejal de Comercio, Andrés Molina, dijo que escasea personal."}, "escasea personal",
         "Andrés Molina"},
        {"es", {"El concejal de Comercio, Andrés Molina, dijo que pesa la lluvia."}, "pesa la lluvia",
         "Andrés Molina"},
        {"pt", {"O vereador João Matos disse que chega tempo."}, "chega tempo", "João Matos"},
        {"it", {"L'assessore Marco Neri ha detto che scarseggia personale."}, "scarseggia personale", "Marco Neri"},
        // (the listed verb, as before)
        {"es", {"El concejal de Comercio, Andrés Molina, dijo que sobra tiempo."}, "sobra tiempo", "Andrés Molina"},
    });
    // (near misses: an answer, a day, a time, a demonstrative or an article after "that": no clause)
    check_no_quote_of("es", "La presidenta del barrio, Carmen Ruiz, dijo que sí.", "sí");
    check_no_quote_of("es", "La presidenta del barrio, Carmen Ruiz, dijo que mañana.", "mañana");
    check_no_quote_of("es", "La presidenta del barrio, Carmen Ruiz, dijo que esta semana.", "esta semana");
    check_no_quote_of("es", "La presidenta del barrio, Carmen Ruiz, dijo que la reforma.", "la reforma");
    check_no_quote_of("pt", "O vereador João Matos disse que não.", "não");
    check_no_quote_of("it", "L'assessore Marco Neri ha detto che domani.", "domani");
    check_no_quote_of("it", "L'assessore Marco Neri ha detto che domenica prossima.", "domenica prossima");
    check_no_quote_of("es", "La presidenta del barrio, Carmen Ruiz, dijo que nada más.", "nada más");
}
