// A picture's source printed with no label on the line right under its caption ("Igo Estrela/Metrópoles",
// "Divulgação/PCDF", "Divulgação", "Reprodução/Instagram", "Arquivo pessoal"; es "Cedida", "Archivo") credits it; the
// same line under a heading, between a menu's entries or alone is no credit (ptr80, probe71 M1). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool has_media(const Article& a, const std::string& caption, const std::string& credit) {
    return std::any_of(a.media.begin(), a.media.end(),
                       [&](const Media& m) { return m.caption == caption && m.credit && *m.credit == credit; });
}

bool credited(const Article& a, const std::string& credit) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.credit && *m.credit == credit; });
}

const std::string pt_head = "Cidades\nPrefeitura anuncia nova ponte sobre o rio Tietê para 2027\n"
                            "Obra deve custar R$ 80 milhões e ligar dois bairros da zona norte\nPor Helena Duarte\n"
                            "05/12/2026 14h32\n";
const std::string pt_first = "A Prefeitura de Barra Bonita anunciou nesta sexta-feira (5) a construção de uma nova "
                             "ponte sobre o rio Tietê, ligando os bairros Jardim Real e Centro.\n";
const std::string pt_rest = "Segundo o prefeito, a licitação será aberta em fevereiro e as obras devem começar no "
                            "segundo semestre de 2027, com prazo de dois anos.\n"
                            "O projeto prevê duas faixas para carros, ciclovia e calçadas largas para pedestres.\n";
const std::string pt_caption = "Maquete da nova ponte apresentada pela prefeitura nesta sexta";

const std::string es_head = "Local\nEl ayuntamiento presenta el nuevo puente sobre el Duero para 2027\n"
                            "La obra costará 12 millones y unirá dos barrios de la ciudad\nPor Elena Vidal\n"
                            "05/12/2026 14:32\n";
const std::string es_first = "El Ayuntamiento de Soria presentó este viernes el proyecto de un nuevo puente sobre el "
                             "Duero, que unirá los barrios de San Pedro y Los Pajaritos.\n";
const std::string es_rest = "Según el alcalde, la licitación se abrirá en febrero y las obras empezarán en el segundo "
                            "semestre de 2027, con un plazo de dos años.\n"
                            "El proyecto prevé dos carriles, un carril bici y aceras anchas en los dos sentidos.\n";
const std::string es_caption = "Maqueta del nuevo puente presentada por el ayuntamiento este viernes";

} // namespace

TEST_CASE("a source's credit on the line under a caption credits its picture", "[media][credit][ptr80]") {
    for (const char* credit : {"Igo Estrela/Metrópoles", "Divulgação/PCDF", "Divulgação", "Reprodução/Instagram",
                               "Arquivo pessoal", "Divulgação/Prefeitura de Barra Bonita"}) {
        CAPTURE(credit);
        // Between paragraphs, and under the date line over the first one.
        const Article inside = parse(pt_head + pt_first + pt_caption + "\n" + credit + "\n" + pt_rest, "page.txt");
        CHECK(has_media(inside, pt_caption, credit));
        const Article over = parse(pt_head + pt_caption + "\n" + credit + "\n" + pt_first + pt_rest, "page.txt");
        CHECK(has_media(over, pt_caption, credit));
    }
    for (const char* credit : {"Cedida", "Archivo", "Cedida/Ayuntamiento de Soria", "Diego Mayor/Heraldo"}) {
        CAPTURE(credit);
        const Article a = parse(es_head + es_first + es_caption + "\n" + credit + "\n" + es_rest, "page.txt");
        CHECK(has_media(a, es_caption, credit));
    }
}

TEST_CASE("a source's credit under a heading or among a menu's entries is no credit", "[media][credit][ptr80]") {
    // A heading of the text over it (five words at most): no caption.
    const Article heading =
        parse(pt_head + pt_first + "Obras começam em fevereiro\nIgo Estrela/Metrópoles\n" + pt_rest, "page.txt");
    CHECK_FALSE(credited(heading, "Igo Estrela/Metrópoles"));
    // A menu's entries over the head.
    const Article menu =
        parse("Início\nCidades\nArquivo\nDivulgação/Eventos\nContato\n" + pt_head + pt_first + pt_rest, "page.txt");
    CHECK_FALSE(credited(menu, "Divulgação/Eventos"));
    CHECK_FALSE(credited(menu, "Arquivo"));
    // A name and an outlet under a paragraph's sentence (a stop closing it, past thirty words): no caption.
    const std::string longer = es_first.substr(0, es_first.size() - 1) +
                               " La obra incluye además un mirador sobre el río y una senda peatonal.\n";
    const Article es = parse(es_head + longer + "Diego Mayor/Heraldo\n" + es_rest, "page.txt");
    CHECK_FALSE(credited(es, "Diego Mayor/Heraldo"));
}
