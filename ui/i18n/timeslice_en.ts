<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ts::ui::CompareWindow</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %n CPU(s), times in %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %n CPU, times in %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %n CPUs, times in %2</numerusform>
        </translation>
    </message>
</context>
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
