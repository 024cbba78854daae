// A wire's standfirst of two to four bulleted points ("- ...", "• ...") between the title and the agency's dateline
// alone on its line ("MADRID, 6 (EUROPA PRESS)", "ROMA, 6 dicembre (ANSA)"): the points are the lede, printed as one
// with their marks, the dateline line gives the dateline and the source tag, the title is the headline, and a topic's
// word over it stays the kicker. Points over a dateline that opens the text, or a single bullet, are no such
// standfirst. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

namespace {

const char* const es_bullets = R"(El Gobierno aprueba el plan de regadío para la cuenca del Almar
- El plan prevé 400 millones de euros hasta 2030.
- Las comunidades de regantes tendrán un año para adaptarse.
- Los agricultores piden más ayudas para las obras.
MADRID, 6 (EUROPA PRESS)

El Consejo de Ministros ha aprobado este martes el plan de regadío para la cuenca del río Almar, que afectará a más de 12.000 explotaciones agrícolas.

Según ha explicado la ministra de Agricultura, Carmen Olivares, el plan busca reducir el consumo de agua en un 20 por ciento.

Las organizaciones agrarias han valorado el plan, aunque reclaman más fondos para modernizar los canales.
)";

const char* const it_bullets = R"(Maltempo
Chiusa la statale del passo Vendra per una frana
• La strada resterà chiusa almeno fino a lunedì.
• Nessun ferito, evacuate due case.
ROMA, 6 dicembre (ANSA)

Una frana ha invaso nella notte la statale che porta al passo Vendra, bloccando il traffico in entrambe le direzioni.

Secondo i vigili del fuoco, il fronte della frana è largo circa trenta metri. Due abitazioni vicine sono state evacuate.

La circolazione è stata deviata sulla provinciale della valle, con tempi di percorrenza più lunghi di mezz'ora.
)";

} // namespace

TEST_CASE("a wire's bulleted standfirst over its lone dateline is the lede", "[head92][lede][bullets]") {
    const archive::Article es = archive::parse(es_bullets, "x");
    CHECK(es.headline.value_or("") == "El Gobierno aprueba el plan de regadío para la cuenca del Almar");
    CHECK(es.lede.value_or("") == "- El plan prevé 400 millones de euros hasta 2030. - Las comunidades de regantes "
                                  "tendrán un año para adaptarse. - Los agricultores piden más ayudas para las obras.");
    CHECK(es.dateline.value_or("") == "MADRID");
    REQUIRE(es.source_tag);
    CHECK(es.source_tag->raw == "MADRID, 6 (EUROPA PRESS)");
    REQUIRE_FALSE(es.sections.empty());
    CHECK(es.sections.front().paragraphs.front().starts_with("El Consejo de Ministros"));
    // (A topic's word over the title stays its kicker.)
    const archive::Article it = archive::parse(it_bullets, "x");
    CHECK(it.kicker.value_or("") == "Maltempo");
    CHECK(it.headline.value_or("") == "Chiusa la statale del passo Vendra per una frana");
    CHECK(it.lede.value_or("") ==
          "• La strada resterà chiusa almeno fino a lunedì. • Nessun ferito, evacuate due case.");
    CHECK(it.dateline.value_or("") == "ROMA");
}

TEST_CASE("bullets over no lone dateline, or one bullet, are no wire's standfirst", "[head92][lede][bullets]") {
    std::string es = es_bullets;
    // (The dateline opens the text's first paragraph: the points stand over the text, no wire's layout.)
    es.replace(es.find("MADRID, 6 (EUROPA PRESS)\n\n"), 26, "MADRID, 6 (EUROPA PRESS) - ");
    CHECK(archive::parse(es, "x").lede.value_or("").find("- El plan") == std::string::npos);
    std::string it = it_bullets;
    it.erase(it.find("• Nessun ferito"), std::string("• Nessun ferito, evacuate due case.\n").size());
    CHECK(archive::parse(it, "x").lede.value_or("").find("• La strada") == std::string::npos);
}
