// A broadcaster's labelled pictures (probe57 M6): "Fuente de la imagen, X" / "Pie de foto, caption", "Image source, X"
// / "Image caption, ...", "Crédito, X" / "Legenda da foto, ...", in either order. The source line is the picture's
// credit as printed (as "Bild: Keystone" is), never the headline nor a section's heading; the caption's label goes to
// the boilerplate, as it did. (credits.cpp picture_source_credit(), media.cpp sources_by_labelled_captions().)
// Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"
#include "classify.hpp"
#include "credits_parts.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool in(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

struct Labels {
    const char* head;     // menu, headline, author, date
    const char* source1;  // over the first caption
    const char* caption1; // the first caption with its label
    const char* text;     // paragraphs between the pictures
    const char* caption2; // the second caption with its label
    const char* source2;  // under the second caption
    const char* tail;     // a paragraph and the footer
};

const Labels es{"Noticias Mundo\nInternacional\n"
                "El Senado de Chile aprueba la reforma de pensiones tras dos años de debate\n"
                "Lucía Fernández Mora\n4 diciembre 2026\n",
                "Fuente de la imagen, Getty Images",
                "Pie de foto, El ministro de Hacienda celebra la votación junto a varios senadores en Valparaíso.",
                "El Senado de Chile aprobó este miércoles la reforma del sistema de pensiones, después de casi dos "
                "años de negociaciones entre el gobierno y la oposición.\n"
                "La ley eleva la cotización de los empleadores y crea un fondo solidario para los jubilados con "
                "menores ingresos del país.\n",
                "Pie de foto, Jubilados protestan frente al Congreso en Valparaíso en una imagen de archivo.",
                "Fuente de la imagen, Reuters",
                "La oposición había bloqueado el proyecto en tres ocasiones, pero un acuerdo alcanzado en noviembre "
                "permitió desbloquear la votación final.\n© 2026 Noticias Mundo\n"};
const Labels en{"News World\nEurope\nHarbour town votes to rebuild the old pier after the winter storms\n"
                "Tom Hale\n4 December 2026\n",
                "Image source, Getty Images",
                "Image caption, Workers clear the wreckage of the pier after the storm in February.",
                "The town council of Harwick voted on Wednesday to rebuild the old pier, closed since the storms that "
                "hit the coast last winter.\n"
                "The new pier will cost about twelve million pounds, most of it paid by the regional fund for coastal "
                "towns.\n",
                "Image caption, Residents gathered outside the town hall before the vote on Wednesday evening.",
                "Image source, PA Media",
                "Work is expected to start in the spring and to last about eighteen months, the council said in a "
                "statement.\n© 2026 News World\n"};
const Labels pt{"Notícias Mundo\nBrasil\nGoverno de São Paulo anuncia nova linha de metrô para a zona leste\n"
                "Mariana Souza Lima\n4 dezembro 2026\n",
                "Crédito, Getty Images",
                "Legenda da foto, Passageiros aguardam o trem na estação da Sé durante o horário de pico.",
                "O governo de São Paulo anunciou nesta quarta-feira a construção de uma nova linha de metrô que ligará "
                "o centro à zona leste da cidade.\n"
                "A obra deve custar cerca de oito bilhões de reais e será financiada em parte por um empréstimo.\n",
                "Legenda da foto, Obras de uma estação da linha verde, em imagem de arquivo.",
                "Crédito, Reuters",
                "As obras devem começar no segundo semestre do próximo ano, segundo a secretaria de transportes.\n"
                "© 2026 Notícias Mundo\n"};

std::string page_of(const Labels& l) {
    return std::string(l.head) + l.source1 + "\n" + l.caption1 + "\n" + l.text + l.caption2 + "\n" + l.source2 +
           "\n" + l.tail;
}

// The caption as the record gives it: the text after the label and its comma.
std::string caption_of(const char* line) {
    const std::string s(line);
    return s.substr(s.find(", ") + 2);
}

} // namespace

TEST_CASE("a broadcaster's source line credits the labelled caption under or over it", "[media][media45]") {
    for (const Labels* l : {&es, &en, &pt}) {
        INFO(l->source1);
        const Article a = parse(page_of(*l), "page.txt");
        REQUIRE(a.media.size() == 2);
        CHECK(a.media[0].caption == caption_of(l->caption1));
        CHECK(a.media[0].credit == std::string(l->source1));
        CHECK(a.media[1].caption == caption_of(l->caption2));
        CHECK(a.media[1].credit == std::string(l->source2));
        // The source is no headline, no heading and no line of the boilerplate.
        CHECK(a.headline != std::string(l->source1));
        CHECK_FALSE(test::is_heading(a, l->source2));
        CHECK_FALSE(in(a.boilerplate, l->source1));
        CHECK_FALSE(in(a.boilerplate, l->source2));
    }
}

TEST_CASE("sources printed under their captions each credit the caption over them", "[media][media45]") {
    // "caption / source / caption / source": the first source stands between two captions; the second source, under
    // the second caption, says the page prints each source under its caption.
    for (const Labels* l : {&es, &en}) {
        INFO(l->source1);
        const std::string page = std::string(l->head) + l->caption1 + "\n" + l->source1 + "\n" + l->caption2 + "\n" +
                                 l->source2 + "\n" + l->text + l->tail;
        const Article a = parse(page, "page.txt");
        REQUIRE(a.media.size() == 2);
        CHECK(a.media[0].caption == caption_of(l->caption1));
        CHECK(a.media[0].credit == std::string(l->source1));
        CHECK(a.media[1].caption == caption_of(l->caption2));
        CHECK(a.media[1].credit == std::string(l->source2));
    }
}

TEST_CASE("a picture's source after its label is a credit line", "[media][media45]") {
    for (const char* line : {"Image source, Getty Images", "Fuente de la imagen, EPA", "Crédito, Reuters",
                             "Fonte da imagem, Agência Brasil", "Bildquelle: Keystone", "Image source, Jane Roe/PA"}) {
        INFO(line);
        CHECK(picture_source_credit(line));
        CHECK(is_credit_line(std::string_view(line)));
    }
    // A sentence after the label, small letters after it, a closing stop, no label, more than six words: none.
    for (const char* line : {"Image source, the council said.", "Fuente de la imagen, según el ayuntamiento",
                             "Crédito, a pagar en tres meses", "Image source, Getty Images.",
                             "Source of the picture, Getty Images", "Fuente de la imagen,",
                             "Image source, Harbour Town Council Planning Office Press And Media Team"}) {
        INFO(line);
        CHECK_FALSE(picture_source_credit(line));
    }
}

// probe57 M2: "Lectura: 4 min." / "La exconcejala, durante la presentación de la candidatura" / "Marc Roig /
// Propias" / <paragraph>: a caption closed by no stop, under the date and reading-time lines, takes the name with its
// source after a spaced slash under it (media.cpp bare_name_credits()).
TEST_CASE("a caption without a stop under the reading time takes a spaced 'Name / Source' credit",
          "[media][media45]") {
    struct Row {
        const char* head;
        const char* caption;
        const char* credit;
        const char* text;
    };
    const Row rows[] = {
        {"Inicio\nLocal\nPolítica\nLocal\nValencia\n"
         "La exconcejala anuncia que encabezará una lista vecinal en las próximas municipales\n"
         "La candidatura reunirá a asociaciones de los barrios del norte de la ciudad\nLaura Pons Ferrer\nValencia\n"
         "05/12/2026 12:45\nActualizado a 05/12/2026 14:10\nLectura: 4 min.\n",
         "La exconcejala, durante la presentación de la candidatura en el centro cultural del barrio",
         "Marc Roig / Propias",
         "La exconcejala Marta Vidal anunció este viernes que volverá a presentarse a las elecciones municipales al "
         "frente de una candidatura vecinal.\nLa plataforma nace de cuatro años de asambleas y no tendrá vínculos con "
         "ningún partido, explicó.\n"},
        {"Home\nLocal\nPolitics\nLocal\nHarwick\n"
         "Former councillor to lead a residents' list at next year's local elections\n"
         "The list will bring together residents' groups from the northern districts of the town\nLaura Penn\n"
         "Harwick\n05/12/2026 12:45\nUpdated 05/12/2026 14:10\n4 min read\n",
         "The former councillor, at the launch of the list in the community hall on the quay",
         "Mark Rowe / Handout",
         "Former councillor Martha Vale said on Friday that she would stand again at the local elections at the head "
         "of a residents' list.\nThe platform grew out of four years of public meetings and will have no ties to any "
         "party, she said.\n"},
    };
    for (const Row& r : rows) {
        INFO(r.credit);
        const Article a = parse(std::string(r.head) + r.caption + "\n" + r.credit + "\n" + r.text, "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::string(r.caption));
        CHECK(a.media[0].credit == std::string(r.credit));
        // A bare name under the same stopless line is no credit: the line may be a heading over a byline.
        std::string bare(r.credit);
        bare = bare.substr(0, bare.find(" / "));
        const Article b = parse(std::string(r.head) + r.caption + "\n" + bare + "\n" + r.text, "page.txt");
        CHECK(std::none_of(b.media.begin(), b.media.end(), [&](const Media& m) { return m.credit == bare; }));
    }
}
