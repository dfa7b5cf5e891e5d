<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ts::ui::MetricsPanel</name>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n context switch(es)</source>
        <translation>
            <numerusform>%n context switch</numerusform>
            <numerusform>%n context switches</numerusform>
        </translation>
    </message>
</context>
</TS>
