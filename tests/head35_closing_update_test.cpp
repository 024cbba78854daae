// "... the text's last sentence." / "Notícia actualizada às 18h20": a page dated over its text prints its revision
// under the text's end, the update's label opening the line (the spelling before the 1990 agreement in pt, a
// feminine participle after the article's noun in es and it), a time alone on the day published, or a whole date
// (closing_update()). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

std::string page(const std::string& date, const std::string& closing) {
    return "Cidade\nPolítica\nEconomia\n"
           "Câmara aprova nova ponte sobre o rio\n"
           "A obra começa em Março e deve durar três anos, segundo a autarquia.\n"
           "Maria Sousa\n" +
           date +
           "\n"
           "A câmara municipal aprovou nesta terça-feira a construção de uma nova ponte sobre o rio, com um custo de 40 "
           "milhões de euros.\n"
           "A oposição votou contra e pediu um estudo de impacto ambiental antes do início da obra no próximo ano.\n"
           "O presidente da câmara disse que a ponte vai reduzir o trânsito no centro da cidade em um terço.\n" +
           closing + "\nTópicos\nCidade\nComentários\n";
}

} // namespace

TEST_CASE("the update's line under the text's end gives the record's updated", "[dates][updated][head35]") {
    struct Row {
        const char* closing;
        const char* updated;
    };
    const Row rows[] = {
        {"Notícia actualizada às 18h20", "2026-11-24T18:20"},      // pt-PT, the older spelling
        {"Actualizado às 19h05", "2026-11-24T19:05"},              // pt-PT
        {"Atualizado em 25/11/2026 09h30", "2026-11-25T09:30"},   // pt-BR, a whole date
        {"Noticia actualizada a las 18:20", "2026-11-24T18:20"},   // es
        {"Notizia aggiornata alle 18:20", "2026-11-24T18:20"},     // it
        {"Aktualisiert um 18:20 Uhr", "2026-11-24T18:20"},         // de
        {"Updated at 6:20 pm", "2026-11-24T18:20"},                // en
    };
    for (const Row& r : rows) {
        INFO(r.closing);
        const Article a = parse(page("24 de Novembro de 2026, 16:05", r.closing));
        CHECK(a.published.value_or("") == "2026-11-24T16:05");
        CHECK(a.updated.value_or("") == r.updated);
    }
    // No day over the text: a time alone is no day of its own (no guess).
    const Article undated = parse(page("Por Maria Sousa", "Notícia actualizada às 18h20"));
    CHECK_FALSE(undated.updated.has_value());
    // An update earlier than the publication is no revision of it.
    const Article earlier = parse(page("24 de Novembro de 2026, 16:05", "Actualizado às 09h10"));
    CHECK_FALSE(earlier.updated.has_value());
}
