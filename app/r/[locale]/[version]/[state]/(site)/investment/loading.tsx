import { PageSkeleton } from "@/components/panel/skeletons";

export default function Loading() {
  return <PageSkeleton heading="Chinese direct investment in Kazakhstan" cards={0} panels={3} />;
}
