<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>文件类型(&amp;T)：</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>Don't Save</source>
      <translation>不保存</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>%1 bytes</source>
      <translation>%1 字节</translation>
    </message>
  </context>
  <context>
    <name>QShortcut</name>
    <message>
      <source>Up</source>
      <translation>↑</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>↓</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>←</translation>
    </message>
    <message>
      <source>Right</source>
      <translation>→</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>文件夹</translation>
    </message>
    <message>
      <source>File Folder</source>
      <comment>Match Windows Explorer</comment>
      <translation>文件夹</translation>
    </message>
  </context>
</TS>