// Headline tests of a kicker over a title over its deck, title and deck both printed without a stop and of about the
// same length, the byline under the deck (the common layout of Brazilian, Spanish and US papers).
#include <catch2/catch.hpp>

#include "headline_rows.hpp"

#include <iterator>
#include <string>

using PageRow = archive::test::HeadlineRow;

TEST_CASE("under a kicker, a title over an unpunctuated signed deck at least as long is the headline",
          "[headline][deck][kicker]") {
    const PageRow rows[] = {
        {"kicker, title, deck, bare byline, date (pt)", "pt", R"(Assine
Entrar
Cotidiano
Política
Esportes
Cotidiano
Temporal derruba ponte e isola distrito rural de Vila Serena por dois dias
Nível do córrego Piracema subiu 3 metros em 8 horas; bombeiros resgatam 40 moradores ilhados
Marina Queiroz Tavares
04.dez.2026 às 09h10
O temporal derrubou a ponte do distrito rural de Vila Serena, e o nível do córrego Piracema subiu 3 metros em 8 horas.
Os bombeiros resgatam desde cedo os moradores ilhados nas margens do córrego, 40 pessoas até o fim da manhã.
A prefeitura disse que o córrego Piracema deve baixar até sexta-feira se a chuva der trégua aos moradores.
)", "Temporal derruba ponte e isola distrito rural de Vila Serena por dois dias"},
        {"kicker, title, deck, By-byline, date (en)", "en", R"(Subscribe
Sign in
Weather
Politics
Sports
Weather
Ice storm knocks out power to thousands across the northern valley towns
Utility crews restored lines to 6,000 homes overnight as freezing rain keeps falling on the ridge roads
By Daniel Okafor
December 4, 2026
Utility crews worked overnight to restore lines to about 6,000 homes in the valley after the storm, as freezing rain kept falling.
The crews said the ridge roads were too icy for trucks and that homes on them could wait another day for lines.
Freezing rain is expected to ease by the evening, when the utility plans to send more crews to the ridge.
)", "Ice storm knocks out power to thousands across the northern valley towns"},
        {"kicker, title, deck, Por-byline, date (es)", "es", R"(Suscríbete
Ingresar
Nacional
Economía
Deportes
Nacional
Incendio forestal consume 800 hectáreas en la sierra y obliga a evacuar tres pueblos
Brigadas de Protección Civil combaten el fuego desde el martes con apoyo de dos helicópteros del estado
Por Lucía Herrera Campos
4 de diciembre de 2026
El fuego ha consumido unas 800 hectáreas de bosque en la sierra, y las brigadas trabajan desde el martes con helicópteros.
Los helicópteros del estado descargan agua sobre el fuego cada hora, dijeron las brigadas en un comunicado.
Protección Civil dijo que las brigadas seguirán en la sierra hasta que el fuego quede controlado.
)", "Incendio forestal consume 800 hectáreas en la sierra y obliga a evacuar tres pueblos"},
    };
    archive::test::check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("under a kicker, a sentence with its stop over a title-like line is no headline", "[headline][deck][kicker]") {
    const PageRow rows[] = {
        {"kicker, teaser sentence, title, byline (en)", "en", R"(Subscribe
Sign in
Weather
Politics
Weather
The utility said its crews worked through the night on the ridge roads.
Ice storm knocks out power to thousands across the northern valley towns
By Daniel Okafor
December 4, 2026
An ice storm knocked out power to thousands in the northern valley towns, and utility crews restored lines to 6,000 homes overnight.
The crews said the ridge roads were too icy for trucks and that homes on them could wait another day for lines.
Freezing rain is expected to ease by the evening, when the utility plans to send more crews to the ridge.
)", "Ice storm knocks out power to thousands across the northern valley towns"},
        {"kicker, teaser sentence, title, byline (pt)", "pt", R"(Assine
Entrar
Cotidiano
Política
Cotidiano
Os bombeiros passaram a noite nas margens do córrego com barcos da prefeitura.
Temporal derruba ponte e isola distrito rural de Vila Serena por dois dias
Por Marina Queiroz Tavares
5.dez.2026 às 10h40
O temporal derrubou a ponte de Vila Serena na quarta-feira, e o distrito rural ficou dois dias sem acesso à cidade.
A prefeitura montou uma travessia de barco para levar remédios e comida às famílias do distrito.
Uma ponte provisória deve ficar pronta na semana que vem, segundo a secretaria de obras.
)", "Temporal derruba ponte e isola distrito rural de Vila Serena por dois dias"},
    };
    archive::test::check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a short title under a bar of links over a date is no deck of the bar", "[headline][deck][kicker]") {
    const PageRow rows[] = {
        {"menu item, link bar, short title, date, byline (en)", "en", R"(Home
Members
Events
Member Services
Log in| Join the Guild
Quay Tours Reopen for Spring
3.4.26
By Ana Ruiz
The guild reopens its tours of the old quay for spring, with walks every Saturday from the harbour office.
Guides will lead groups of up to twenty people along the quay and through the restored warehouses.
Tickets for the spring tours of the quay are sold at the harbour office and cost five pounds.
)", "Quay Tours Reopen for Spring"},
    };
    archive::test::check_headlines(std::begin(rows), std::end(rows));
}
