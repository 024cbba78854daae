// A picture's credit alone on the line under its caption, with no label and no agency the lexicon knows (pt78,
// probe71 M1): the source's word and the body after a slash ("Divulgação/PCDF", "Gentileza/X" reads as
// "Cortesía/X"), or with whose archive it is ("Arquivo pessoal", "Archivo familiar"); and the Portuguese label
// "Imagem:" (M2). A name and an outlet after a slash alone on a line ("Team Roles/Contact") is also a menu's entry.
// (An archive's word alone, "Archivio", is one of common.txt's credit words, as "archiv" and "archive" are: not asked
// here.) (Under a caption on a page, "Reprodução/Instagram" and "Arquivo pessoal" are not yet read as its credit:
// another rule takes the line first.)
// Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <string>

using namespace archive;

TEST_CASE("a lone credit line with a slash or an archive's owner is a credit", "[credits][pt78]") {
    for (const char* line : {"Divulgação/PCDF", "Reprodução/Instagram", "Arquivo pessoal", "Archivo familiar",
                             "Cortesía/Museo del Prado", "Imagem: Reprodução/TV Globo", "Crédito: Divulgação"}) {
        CAPTURE(line);
        CHECK(is_credit_line(std::string_view(line)));
    }
    for (const char* line : {"Política/Economia", "Supply Chain/Logística", "Arquivo de notícias",
                             "Ana Lima/Pedro Sousa", "Imagem: o que mudou no bairro desde a obra"}) {
        CAPTURE(line);
        CHECK_FALSE(is_credit_line(std::string_view(line)));
    }
}

namespace {

std::string page_with(const std::string& lang_head, const std::string& caption, const std::string& credit,
                      const std::string& text) {
    return lang_head + caption + "\n" + credit + "\n" + text;
}

} // namespace

TEST_CASE("a lone credit under a caption gives the picture its credit", "[media][pt78]") {
    const std::string pt_head = "Cidades\nPonte nova sobre o rio Paraíba será entregue em março\n"
                                "Por Ana Beatriz Lemos\n05/12/2026 14h32\n";
    const std::string pt_text =
        "A prefeitura de Taubaté apresentou nesta sexta-feira o projeto da nova ponte sobre o rio Paraíba, que vai "
        "ligar os bairros do norte ao centro da cidade.\n"
        "A obra custa cerca de 40 milhões de reais e deve ficar pronta em março, segundo a secretaria de obras do "
        "município.\n";
    const std::string caption = "Maquete da nova ponte apresentada pela prefeitura nesta sexta";
    for (const char* credit : {"Divulgação/PCDF", "Imagem: Reprodução/TV Vanguarda"}) {
        CAPTURE(credit);
        const Article a = parse(page_with(pt_head, caption, credit, pt_text), "page.txt");
        CHECK(a.media.size() == 1);
        if (a.media.size() != 1)
            continue;
        CHECK(a.media[0].caption == caption);
        CHECK(a.media[0].credit == std::string(credit));
        CHECK(a.headline == std::string("Ponte nova sobre o rio Paraíba será entregue em março"));
    }
    const std::string es_head = "Ciudad\nEl nuevo puente sobre el río Ebro abrirá en marzo\n"
                                "Por Lucía Fernández Mora\n5 de diciembre de 2026\n";
    const std::string es_text =
        "El ayuntamiento de Zaragoza presentó este viernes el proyecto del nuevo puente sobre el río Ebro, que unirá "
        "los barrios del norte con el centro de la ciudad.\n"
        "La obra costará unos 40 millones de euros y debe estar lista en marzo, según la concejalía de obras.\n";
    const std::string es_caption = "Maqueta del nuevo puente presentada por el ayuntamiento este viernes";
    for (const char* credit : {"Gentileza/EMT", "Cortesía/EMT"}) {
        CAPTURE(credit);
        const Article a = parse(page_with(es_head, es_caption, credit, es_text), "page.txt");
        CHECK(a.media.size() == 1);
        if (a.media.size() != 1)
            continue;
        CHECK(a.media[0].caption == es_caption);
        CHECK(a.media[0].credit == std::string(credit));
    }
}
