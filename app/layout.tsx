import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "政府信息公开工作年度报告", template: "%s｜政府信息公开" },
  description: "政府信息公开工作年度报告的编制、审核、发布与公开查阅平台。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2"
        >
          跳到主要内容
        </a>
        {children}
      </body>
    </html>
  );
}
