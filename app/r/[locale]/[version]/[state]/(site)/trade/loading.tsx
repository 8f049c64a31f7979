import { PageSkeleton } from "@/components/panel/skeletons";

export default function Loading() {
  return <PageSkeleton heading="Trade between China and Kazakhstan" cards={0} panels={3} />;
}
